package id.sinkron.service;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import id.sinkron.canonical.WriteOutcome;
import id.sinkron.database.Jsonb;
import id.sinkron.feed.NewEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a batch of accepted service records of one source. A service is one row per (agency, service type,
 * external id), whichever row id or run sends it; its person is resolved on every write (by the agency's person
 * record id through the cross-reference, else by a NIK held by exactly one person); a service stored before its
 * person arrived is linked by {@link WaitingServices} when the person comes, or here when the agency sends it
 * again. A record identical to the stored one, person included, is skipped; a changed record is a new version and a {@code service.created}/{@code service.updated}
 * event. Everything happens in the caller's transaction; the events must be appended to the feed in it.
 */
@Repository
public class ServiceWriter {

    public static final String ENTITY = "service";

    private static final TimeBasedEpochGenerator SERVICE_IDS = Generators.timeBasedEpochGenerator();

    private final ServiceSql sql;
    private final Clock clock;

    public ServiceWriter(ServiceSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public WriteOutcome write(long runId, ServiceSource source, List<ServiceRecord> records) {
        if (records.isEmpty()) {
            return new WriteOutcome(0, 0, 0, List.of());
        }
        Set<ServiceSql.Key> keys = new LinkedHashSet<>();
        Set<String> niks = new TreeSet<>();
        Set<ServiceSql.PersonRef> refs = new LinkedHashSet<>();
        for (ServiceRecord r : records) {
            keys.add(key(r));
            if (r.personNik() != null) {
                niks.add(r.personNik());
            }
            if (r.personSourceRecordId() != null) {
                refs.add(new ServiceSql.PersonRef(r.personSource(), r.personSourceRecordId()));
            }
        }
        sql.lock(source.agency(), keys);
        Map<ServiceSql.Key, ServiceSql.Current> stored = sql.current(source.agency(), keys);
        PersonResolver persons = new PersonResolver(sql.personsByNik(niks), sql.personsByRecord(refs));

        Timestamp at = Timestamp.from(clock.instant());
        ServiceSql.Changes changes = new ServiceSql.Changes(at);
        Map<ServiceSql.Key, ServiceSql.Stored> rows = new LinkedHashMap<>();
        List<NewEvent> events = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ServiceRecord r : records) {
            ServiceSql.Key key = key(r);
            PersonResolver.Resolved person = persons.resolve(r);
            // as it reads back from the database (a JSON number 200000 is then an Integer, not a Long), so equal means equal
            Map<String, Object> record = Jsonb.readMap(Jsonb.write(r.toMap(person.personId())));
            List<String> warnings = new ArrayList<>(r.warnings());
            warnings.addAll(person.warnings());
            String hash = hash(r);
            ServiceSql.Stored before = rows.get(key);
            ServiceSql.Current known = before != null
                    ? new ServiceSql.Current(before.id(), before.version(), before.record(), before.warnings(), before.contentHash())
                    : stored.get(key);
            if (known != null && known.contentHash().equals(hash) && known.record().equals(record) && known.warnings().equals(warnings)) {
                unchanged++;
                continue;
            }
            boolean changed = known == null || !known.record().equals(record);
            UUID id = known == null ? SERVICE_IDS.generate() : known.id();
            int version = known == null ? 1 : known.version() + (changed ? 1 : 0);
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("source", r.source());
            provenance.put("source_record_id", r.sourceRecordId());
            provenance.put("run_id", runId);
            provenance.put("person_link", person.link().name());
            ServiceSql.Stored row = new ServiceSql.Stored(id, version, person.personId(), record, provenance, warnings, r.source(),
                    r.sourceRecordId(), hash, r.updatedAt() == null ? null : Timestamp.from(r.updatedAt().toInstant()));
            rows.put(key, row);
            changes.raw(runId, r, hash);
            if (known == null) {
                created++;
            } else {
                updated++;
            }
            if (changed) {
                Map<String, Object> diff = diff(known == null ? Map.of() : known.record(), record);
                changes.version(row, runId, diff);
                events.add(new NewEvent(version == 1 ? "service.created" : "service.updated", ENTITY, id, version, diff, runId));
            }
        }
        rows.forEach((key, row) -> changes.row(stored.containsKey(key), row));
        sql.apply(changes);
        return new WriteOutcome(created, updated, unchanged, events);
    }

    private static ServiceSql.Key key(ServiceRecord r) {
        return new ServiceSql.Key(r.serviceType(), r.externalId());
    }

    /** Field to {"old", "new"} for every value that differs. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("old", old);
                change.put("new", now);
                changed.put(field, change);
            }
        }
        return changed;
    }

    /**
     * Identifies what the agency sent: raw payload, canonical values and warnings, row id and change time. The
     * person found for it is compared apart, so a service linked when its person arrived is still unchanged when
     * the agency sends it again.
     */
    static String hash(ServiceRecord r) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("raw", r.raw());
        content.put("record", r.toMap(null));
        content.put("warnings", r.warnings());
        content.put("source_record_id", r.sourceRecordId());
        content.put("updated_at", r.updatedAt() == null ? null : r.updatedAt().toInstant().toString());
        return Jsonb.sha256(content);
    }
}
