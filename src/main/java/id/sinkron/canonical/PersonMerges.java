package id.sinkron.canonical;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import id.sinkron.feed.Feed;
import id.sinkron.feed.NewEvent;
import id.sinkron.match.BlockKey;
import id.sinkron.match.Linker;
import id.sinkron.web.BadRequest;
import id.sinkron.web.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a steward (or ingestion, for a record that links two persons) does when the store got a person wrong.
 * <ul>
 * <li>Merging: every source record of the retired person moves to the surviving one, whose golden record is chosen
 * again by survivorship and versioned; the retired person keeps its row with {@code merged_into}, so its id still
 * answers (with the survivor), but it holds no records, NIK or blocking keys, and the persons kept apart from it are
 * kept apart from the survivor. The feed gets {@code person.updated} of the survivor when its golden record changed,
 * then {@code person.merged} on the survivor with {@code surviving_id}, {@code retired_id} and {@code reason}.
 * <li>Unmerging: one source record moves out to a new person; both golden records are chosen again and versioned
 * ({@code person.created}, {@code person.updated}) and the two are kept apart. The record stays with its new
 * person when its source sends it again, changed or not: a known record keeps its link.
 * </ul>
 * Each is written with who did it and why ({@code person_merges}, {@code person_unmerges}; a blank reason is a
 * {@link BadRequest}), in one transaction with its feed events. A steward's change belongs to no sync run: its
 * versions have no run id.
 */
@Service
public class PersonMerges {

    private static final TimeBasedEpochGenerator PERSON_IDS = Generators.timeBasedEpochGenerator();

    private final MergeSql sql;
    private final PersonSql persons;
    private final MatchKeySql matchKeys;
    private final KeptApart keptApart;
    private final Linker linker;
    private final Feed feed;
    private final Clock clock;
    private final Survivorship survivorship;

    PersonMerges(MergeSql sql, PersonSql persons, MatchKeySql matchKeys, KeptApart keptApart, Linker linker, Feed feed,
            SourceTrust trust, SurvivorshipPolicy rules, Clock clock) {
        this.sql = sql;
        this.persons = persons;
        this.matchKeys = matchKeys;
        this.keptApart = keptApart;
        this.linker = linker;
        this.feed = feed;
        this.clock = clock;
        this.survivorship = new Survivorship(trust, rules);
    }

    /**
     * Merges {@code retired} into {@code surviving} and appends the events to the feed.
     *
     * @throws MergeRefused when either is retired already, they are kept apart, or they are one person
     * @throws NotFound when either does not exist
     */
    @Transactional
    public MergeOutcome merge(UUID surviving, UUID retired, String actor, String reason, Long runId, Long reviewItemId) {
        sql.lockLikeWriters(List.of(surviving, retired));
        MergeOutcome outcome = mergeLocked(surviving, retired, actor, reason, runId, reviewItemId);
        feed.append(outcome.events());
        return outcome;
    }

    /**
     * {@link #merge} inside {@code PersonWriter.write}: the events are returned, for the writer's caller to append
     * with the batch's. Call it before the writer reads the persons it touches, so that its own recomputation starts
     * from the merged person. It also takes the locks of the retired person's other records, which the batch may not
     * hold: another batch updating one of them would otherwise write it to a retired person.
     */
    @Transactional
    public MergeOutcome mergeInBatch(UUID surviving, UUID retired, String actor, String reason, long runId) {
        sql.lockLikeWriters(List.of(surviving, retired));
        return mergeLocked(surviving, retired, actor, reason, runId, null);
    }

    /** {@link #unmerge(UUID, String, String, String, String)} of the person the record is linked to now. */
    @Transactional
    public UUID unmerge(String source, String sourceRecordId, String actor, String reason) {
        UUID person = sql.personOf(source, sourceRecordId)
                .orElseThrow(() -> new NotFound("no such source record of " + source));
        return unmerge(person, source, sourceRecordId, actor, reason);
    }

    /**
     * Moves one source record of {@code person} out to a new person, keeps the two apart and appends the events.
     *
     * @return the new person's id
     * @throws NotFound when the record is not linked to {@code person}
     * @throws MergeRefused when it is the person's only record
     */
    @Transactional
    public UUID unmerge(UUID person, String source, String sourceRecordId, String actor, String reason) {
        requireReason(reason);
        sql.lockLikeWriters(List.of(person));
        MergeSql.Stored before = sql.lockPersons(Set.of(person)).get(person);
        if (before == null || !sql.personOf(source, sourceRecordId).map(person::equals).orElse(false)) {
            // the record id is left out of the message: it may be a NIK, and problems are not masked
            throw new NotFound("the source record of " + source + " is not linked to person " + person);
        }
        List<Contribution> all = persons.contributions(Set.of(person), "", Set.of()).getOrDefault(person, List.of());
        if (all.size() < 2) {
            throw new MergeRefused("the source record of " + source + " is the only record of person " + person
                    + "; there is nothing to split it from");
        }
        List<Contribution> moved = all.stream()
                .filter(c -> c.source().equals(source) && c.sourceRecordId().equals(sourceRecordId)).toList();
        Timestamp at = Timestamp.from(clock.instant());
        UUID fresh = PERSON_IDS.generate();
        List<NewEvent> events = new ArrayList<>();
        // the new person first: the moved record's link refers to it
        Survivorship.Golden golden = survivorship.choose(moved);
        Map<String, Object> created = PersonWriter.diff(Map.of(), golden.record());
        sql.insertPerson(fresh, golden, null, created, at);
        replaceKeys(fresh, golden);
        events.add(new NewEvent("person.created", "person", fresh, 1, created, null));
        sql.moveRecord(source, sourceRecordId, fresh, at);
        recompute(person, before, null, at, events);
        keptApart.keep(person, fresh, actor, reason, null);
        sql.recordUnmerge(person, fresh, source, sourceRecordId, actor, reason, at);
        feed.append(events);
        return fresh;
    }

    private MergeOutcome mergeLocked(UUID surviving, UUID retired, String actor, String reason, Long runId, Long reviewItemId) {
        requireReason(reason);
        if (surviving.equals(retired)) {
            throw new MergeRefused("a person cannot be merged with itself");
        }
        Map<UUID, MergeSql.Stored> stored = sql.lockPersons(new TreeSet<>(Set.of(surviving, retired)));
        for (UUID id : List.of(surviving, retired)) {
            if (!stored.containsKey(id)) {
                throw new NotFound("no person " + id);
            }
            if (stored.get(id).retired()) {
                throw new MergeRefused("person " + id + " was merged into " + stored.get(id).mergedInto() + " already");
            }
        }
        if (keptApart.isKeptApart(surviving, retired)) {
            throw new MergeRefused("persons " + surviving + " and " + retired + " are kept apart");
        }
        Timestamp at = Timestamp.from(clock.instant());
        List<NewEvent> events = new ArrayList<>();
        sql.moveRecords(retired, surviving);
        int version = recompute(surviving, stored.get(surviving), runId, at, events);
        sql.retire(retired, surviving, at);
        keptApart.carryOver(retired, surviving);
        sql.recordMerge(surviving, retired, actor, reason, runId, reviewItemId, at);
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("surviving_id", surviving.toString());
        merged.put("retired_id", retired.toString());
        merged.put("reason", reason);
        events.add(new NewEvent("person.merged", "person", surviving, version, merged, runId));
        return new MergeOutcome(surviving, retired, events);
    }

    /** Chooses the person's golden record again from its records now; versions it when it changed. Returns the version. */
    private int recompute(UUID id, MergeSql.Stored before, Long runId, Timestamp at, List<NewEvent> events) {
        List<Contribution> contributions = persons.contributions(Set.of(id), "", Set.of()).getOrDefault(id, List.of());
        Survivorship.Golden golden = survivorship.choose(contributions);
        if (before.record().equals(golden.record())) {
            if (!before.provenance().equals(golden.provenance())) {
                sql.updateProvenance(id, golden);
            }
            return before.version();
        }
        int version = before.version() + 1;
        Map<String, Object> changed = PersonWriter.diff(before.record(), golden.record());
        sql.updatePerson(id, version, golden, runId, changed, at);
        replaceKeys(id, golden);
        events.add(new NewEvent("person.updated", "person", id, version, changed, runId));
        return version;
    }

    private void replaceKeys(UUID id, Survivorship.Golden golden) {
        List<BlockKey> keys = linker.storedKeys(golden.record());
        if (!keys.isEmpty()) {
            matchKeys.replace(Map.of(id, keys));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequest("reason is required: say why, for the stewardship log");
        }
    }
}
