package id.sinkron.canonical;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import id.sinkron.database.Jsonb;
import id.sinkron.feed.NewEvent;
import id.sinkron.match.BlockKey;
import id.sinkron.match.LinkDecision;
import id.sinkron.match.Linker;
import id.sinkron.match.Parallel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
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
 * Writes a batch of accepted source records of one source: links each new record to a golden person, keeps
 * the cross-reference and raw payload, recomputes the touched golden records and versions them, and keeps the
 * blocking keys of the golden persons it creates or changes when the linker uses them (probabilistic linking). A record
 * identical to the stored one is skipped, so replays change nothing. Decisions beyond a plain link (the review
 * band, a record linking several persons) are carried out by {@link BatchDecisions}: review items, merges.
 * Everything happens in the caller's transaction; the returned events must be appended to the feed in that same
 * transaction.
 */
@Repository
public class PersonWriter {

    private static final TimeBasedEpochGenerator PERSON_IDS = Generators.timeBasedEpochGenerator();

    private final PersonSql sql;
    private final MatchKeySql matchKeys;
    private final Linker linker;
    private final Clock clock;
    private final Survivorship survivorship;
    private final PersonMerges merges;
    private final KeptApart keptApart;
    private final ReviewItems reviewItems;
    private final TermTotals termTotals;

    public PersonWriter(PersonSql sql, MatchKeySql matchKeys, Linker linker, SourceTrust trust, SurvivorshipPolicy rules, Clock clock,
            PersonMerges merges, KeptApart keptApart, ReviewItems reviewItems, TermTotals termTotals) {
        this.sql = sql;
        this.matchKeys = matchKeys;
        this.linker = linker;
        this.clock = clock;
        this.survivorship = new Survivorship(trust, rules);
        this.merges = merges;
        this.keptApart = keptApart;
        this.reviewItems = reviewItems;
        this.termTotals = termTotals;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public WriteOutcome write(long runId, String source, List<SourceRecord> records) {
        if (records.isEmpty()) {
            return new WriteOutcome(0, 0, 0, List.of());
        }
        Instant now = clock.instant();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> niks = new TreeSet<>();
        Map<SourceRecord, List<BlockKey>> keys = new IdentityHashMap<>();
        Set<BlockKey> allKeys = new LinkedHashSet<>();
        Set<BlockKey> termKeys = new LinkedHashSet<>();
        // keys on every core: cleaning the records is most of it, and the linker keeps them cleaned for deciding
        List<Map<String, Object>> values = records.stream().map(r -> r.person().toMap()).toList();
        List<List<BlockKey>> blockKeys = Parallel.map(values, linker::keys);
        List<List<BlockKey>> recordTermKeys = Parallel.map(values, linker::termKeys);
        for (int i = 0; i < records.size(); i++) {
            SourceRecord r = records.get(i);
            ids.add(r.sourceRecordId());
            if (r.person().nik() != null) {
                niks.add(r.person().nik());
            }
            keys.put(r, blockKeys.get(i));
            allKeys.addAll(blockKeys.get(i));
            termKeys.addAll(recordTermKeys.get(i));
        }
        sql.lock(source, ids, niks, allKeys);
        Map<String, PersonSql.Link> links = sql.links(source, ids);
        Map<String, List<UUID>> byNik = sql.personsByNik(niks);
        BatchCandidates candidates = new BatchCandidates(matchKeys, linker, byNik, allKeys, termKeys, termTotals);
        BatchDecisions decisions = new BatchDecisions(merges, keptApart, runId, source, candidates::nik);

        Map<String, PersonSql.Link> pending = new LinkedHashMap<>();
        Map<String, SourceRecord> pendingRecords = new LinkedHashMap<>();
        List<PersonSql.Received> received = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> hashes = Parallel.map(records, PersonWriter::hash);
        for (int i = 0; i < records.size(); i++) {
            SourceRecord incoming = records.get(i);
            String hash = hashes.get(i);
            SourceRecord r = incoming;
            PersonSql.Link known = pending.containsKey(r.sourceRecordId()) ? pending.get(r.sourceRecordId()) : links.get(r.sourceRecordId());
            if (known != null && known.contentHash().equals(hash)) {
                unchanged++;
                continue;
            }
            PersonSql.Link link;
            if (known != null) {
                updated++;
                r = NikChangeWarning.added(r, known, byNik);
                link = new PersonSql.Link(known.personId(), known.rule(), known.score(), hash, r.person().nik(), r.warnings());
            } else {
                created++;
                LinkDecision decision = linker.decide(values.get(i), candidates);
                UUID personId;
                if (decision.kind() == LinkDecision.Kind.LINK) {
                    personId = decisions.linked(r.sourceRecordId(), decision);
                } else {
                    personId = PERSON_IDS.generate();
                    candidates.started(personId, values.get(i), r.person().nik(), keys.get(incoming));
                    decisions.started(personId);
                    if (decision.kind() == LinkDecision.Kind.REVIEW) {
                        decisions.review(personId, r.sourceRecordId(), decision);
                    }
                }
                link = new PersonSql.Link(personId, decision.rule(), decision.score(), hash, r.person().nik(), r.warnings(),
                        MatchExplanations.json(decision.explanation()));
            }
            // the same id again later in the batch replaces this link, but its raw payload is kept all the same
            pending.put(r.sourceRecordId(), link);
            pendingRecords.put(r.sourceRecordId(), r);
            received.add(new PersonSql.Received(r, hash));
        }
        if (pending.isEmpty()) {
            return new WriteOutcome(created, updated, unchanged, List.of());
        }
        if (decisions.merged()) {
            pending.replaceAll((id, l) -> new PersonSql.Link(decisions.resolve(l.personId()), l.rule(), l.score(), l.contentHash(),
                    l.nik(), l.warnings(), l.explanation()));
        }

        Set<UUID> touched = new TreeSet<>();
        pending.values().forEach(l -> touched.add(l.personId()));
        Map<UUID, PersonSql.Current> current = sql.lockPersons(touched);
        Map<UUID, List<Contribution>> contributions = sql.contributions(touched, source, pending.keySet());
        OffsetDateTime nowAt = now.atOffset(ZoneOffset.UTC);
        pending.forEach((id, link) -> {
            SourceRecord r = pendingRecords.get(id);
            OffsetDateTime asOf = r.updatedAt() != null ? r.updatedAt() : nowAt;
            contributions.computeIfAbsent(link.personId(), k -> new ArrayList<>())
                    .add(new Contribution(source, id, runId, asOf, r.person().toMap()));
        });

        List<NewEvent> events = new ArrayList<>(decisions.mergeEvents());
        PersonSql.PersonChanges changes = new PersonSql.PersonChanges();
        Map<UUID, List<BlockKey>> newKeys = new LinkedHashMap<>();
        Map<UUID, List<BlockKey>> changedKeys = new LinkedHashMap<>();
        for (UUID personId : touched) {
            Survivorship.Golden golden = survivorship.choose(contributions.get(personId));
            PersonSql.Current before = current.get(personId);
            if (!allKeys.isEmpty() && (before == null || !before.record().equals(golden.record()))) {
                (before == null ? newKeys : changedKeys).put(personId, linker.storedKeys(golden.record()));
            }
            if (before == null) {
                changes.insert(personId, golden, runId, diff(Map.of(), golden.record()));
                events.add(new NewEvent("person.created", "person", personId, 1, diff(Map.of(), golden.record()), runId));
            } else if (!before.record().equals(golden.record())) {
                Map<String, Object> diff = diff(before.record(), golden.record());
                changes.update(personId, before.version() + 1, golden, runId, diff);
                events.add(new NewEvent("person.updated", "person", personId, before.version() + 1, diff, runId));
            } else if (!before.provenance().equals(golden.provenance())) {
                changes.provenanceOnly(personId, golden);
            }
        }
        Timestamp at = Timestamp.from(now);
        sql.apply(changes, at);
        matchKeys.insert(newKeys);
        matchKeys.replace(changedKeys);
        sql.upsertLinks(runId, source, pending, pendingRecords, links.keySet(), at);
        sql.insertRaws(runId, source, received, at);
        Map<ReviewReason, Integer> opened = reviewItems.open(decisions.reviews(), runId, now);
        return new WriteOutcome(created, updated, unchanged, events, decisions.linked(), opened);
    }

    /** Field to {"old", "new"} for every value that differs. */
    static Map<String, Object> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (PersonField field : PersonField.values()) {
            Object old = before.get(field.wireName());
            Object now = after.get(field.wireName());
            if (!Objects.equals(old, now)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("old", old);
                change.put("new", now);
                changed.put(field.wireName(), change);
            }
        }
        return changed;
    }

    /** Identifies the content of a record: raw payload, normalized values and warnings. */
    static String hash(SourceRecord r) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("raw", r.raw());
        content.put("record", r.person().toMap());
        content.put("warnings", r.warnings());
        content.put("updated_at", r.updatedAt() == null ? null : r.updatedAt().toInstant().toString());
        return Jsonb.sha256(content);
    }
}
