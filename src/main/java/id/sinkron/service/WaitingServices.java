package id.sinkron.service;

import id.sinkron.feed.NewEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links the services waiting for a person (stored with {@code person_id} null) that name one of the person
 * records or NIKs a person batch just wrote: each becomes a new version with its person and a
 * {@code service.updated} event, in the caller's transaction, after the persons were written. A service that
 * commits concurrently with its person's batch is linked the next time the agency sends it.
 */
@Repository
public class WaitingServices {

    private final ServiceSql sql;
    private final Clock clock;

    public WaitingServices(ServiceSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * @param personSource the source of the person records written
     * @return the events, to append to the feed with the batch's own
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<NewEvent> link(long runId, String personSource, Collection<String> sourceRecordIds, Collection<String> niks) {
        if (sourceRecordIds.isEmpty() && niks.isEmpty()) {
            return List.of();
        }
        List<ServiceSql.Stored> waiting = sql.waiting(personSource, sourceRecordIds, niks);
        if (waiting.isEmpty()) {
            return List.of();
        }
        Set<String> waitingNiks = new TreeSet<>();
        Set<ServiceSql.PersonRef> refs = new LinkedHashSet<>();
        for (ServiceSql.Stored s : waiting) {
            if (s.record().get("person_nik") instanceof String nik) {
                waitingNiks.add(nik);
            }
            if (s.record().get("person_source_record_id") instanceof String id) {
                refs.add(new ServiceSql.PersonRef(String.valueOf(s.record().get("person_source")), id));
            }
        }
        PersonResolver persons = new PersonResolver(sql.personsByNik(waitingNiks), sql.personsByRecord(refs));
        ServiceSql.Changes changes = new ServiceSql.Changes(Timestamp.from(clock.instant()));
        List<NewEvent> events = new ArrayList<>();
        for (ServiceSql.Stored s : waiting) {
            PersonResolver.Resolved person = persons.resolve(text(s.record(), "person_nik"), text(s.record(), "person_source"),
                    text(s.record(), "person_source_record_id"));
            if (person.personId() == null) {
                continue;
            }
            Map<String, Object> record = new LinkedHashMap<>(s.record());
            record.put("person_id", person.personId().toString());
            Map<String, Object> provenance = new LinkedHashMap<>(s.provenance());
            provenance.put("person_link", person.link().name());
            ServiceSql.Stored linked = new ServiceSql.Stored(s.id(), s.version() + 1, person.personId(), record, provenance,
                    person.warnings(), s.source(), s.sourceRecordId(), s.contentHash(), s.sourceUpdatedAt());
            Map<String, Object> diff = ServiceWriter.diff(s.record(), record);
            changes.row(true, linked);
            changes.version(linked, runId, diff);
            events.add(new NewEvent("service.updated", ServiceWriter.ENTITY, s.id(), linked.version(), diff, runId));
        }
        sql.apply(changes);
        return events;
    }

    private static String text(Map<String, Object> record, String field) {
        return record.get(field) instanceof String value ? value : null;
    }

}
