package id.sinkron.canonical;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinkron.database.CopyRows;
import id.sinkron.database.Jsonb;
import id.sinkron.match.BlockKey;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link PersonWriter}: every statement binds its values; plain inserts of a batch go in with one
 * {@code COPY} each, updates and upserts as JDBC batches.
 */
@Repository
class PersonSql {

    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;

    PersonSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A source record's current link and content hash, with the NIK and warnings it was stored with; the
     * explanation (JSON) only for a link being made, it is written once and never read back here.
     */
    record Link(UUID personId, String rule, Double score, String contentHash, String nik, List<String> warnings, String explanation) {

        Link {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        Link(UUID personId, String rule, Double score, String contentHash, String nik, List<String> warnings) {
            this(personId, rule, score, contentHash, nik, warnings, null);
        }
    }

    /** The most advisory locks one person batch takes one by one; see {@link #lockKeys}. */
    static final int MAX_KEY_LOCKS = 1_000;

    /** A golden person as stored now. */
    record Current(int version, Map<String, Object> record, Map<String, Provenance> provenance) {}

    /** A version of a source record as received, for {@code raw_records}. */
    record Received(SourceRecord record, String contentHash) {}

    /**
     * Serializes writers that touch the same source records or NIKs, so two concurrent runs cannot both
     * create a person for one NIK, or for one person without NIK sharing a blocking key. Locks are taken in key order to rule out deadlocks between batches.
     */
    void lock(String source, Collection<String> sourceRecordIds, Collection<String> niks, Collection<BlockKey> matchKeys) {
        List<String> keys = new ArrayList<>(sourceRecordIds.size() + niks.size() + matchKeys.size());
        sourceRecordIds.forEach(id -> keys.add("sr:" + source.length() + ":" + source + ":" + id));
        niks.forEach(nik -> keys.add("nik:" + nik));
        matchKeys.forEach(k -> keys.add("mk:" + k.rule().length() + ":" + k.rule() + ":" + k.key()));
        lockKeys(jdbc, keys);
    }

    /**
     * Takes the advisory lock of every key, in key order, after a shared lock that all person writers take; a
     * batch with more than {@link #MAX_KEY_LOCKS} keys takes that one lock exclusively instead, and so has the store
     * to itself while it writes. Every advisory lock takes a slot of PostgreSQL's shared lock table
     * ({@code max_locks_per_transaction} × connections: 6,400 slots on a default server), which a probabilistic
     * batch of a few hundred records with their blocking keys would otherwise fill ("out of shared memory").
     */
    static void lockKeys(JdbcTemplate jdbc, Collection<String> keys) {
        if (new HashSet<>(keys).size() > MAX_KEY_LOCKS) {
            jdbc.query("select pg_advisory_xact_lock(hashtextextended('sinkron:person-writers', 0))", rs -> { });
            return;
        }
        jdbc.query("select pg_advisory_xact_lock_shared(hashtextextended('sinkron:person-writers', 0))", rs -> { });
        jdbc.query("""
                select pg_advisory_xact_lock(k)
                  from (select distinct hashtextextended(key, 0) as k from unnest(?::text[]) as key order by 1) as keys
                """, ps -> texts(ps, 1, keys), rs -> { });
    }

    Map<String, Link> links(String source, Collection<String> sourceRecordIds) {
        Map<String, Link> links = new HashMap<>();
        jdbc.query("""
                select source_record_id, person_id, link_rule, score, content_hash, record->>'nik', nullif(warnings::text, '[]')
                  from source_records where source = ? and source_record_id = any(?::text[])
                """, ps -> {
                    ps.setString(1, source);
                    texts(ps, 2, sourceRecordIds);
                }, rs -> {
                    String warnings = rs.getString(7);
                    links.put(rs.getString(1), new Link(rs.getObject(2, UUID.class), rs.getString(3), (Double) rs.getObject(4),
                            rs.getString(5), rs.getString(6), warnings == null ? List.of() : Jsonb.read(warnings, WARNINGS)));
                });
        return links;
    }

    /** NIK to golden persons holding it, oldest first; the lists are mutable for the caller's bookkeeping. */
    Map<String, List<UUID>> personsByNik(Collection<String> niks) {
        Map<String, List<UUID>> byNik = new HashMap<>();
        if (niks.isEmpty()) {
            return byNik;
        }
        jdbc.query("select nik, id from persons where nik = any(?::text[]) order by created_at, id",
                ps -> texts(ps, 1, niks),
                rs -> {
                    byNik.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return byNik;
    }

    /** Locks the existing persons among {@code ids} in id order and returns them. */
    Map<UUID, Current> lockPersons(Set<UUID> ids) {
        Map<UUID, Current> current = new HashMap<>();
        jdbc.query("select id, version, record, provenance from persons where id = any(?) order by id for update",
                ps -> uuids(ps, 1, ids),
                rs -> {
                    current.put(rs.getObject(1, UUID.class), new Current(
                            rs.getInt(2), Jsonb.readMap(rs.getString(3)), ProvenanceJson.read(rs.getString(4))));
                });
        return current;
    }

    /** The stored source records linked to {@code persons}, leaving out the ones this batch replaces. */
    Map<UUID, List<Contribution>> contributions(Set<UUID> persons, String source, Set<String> replaced) {
        Map<UUID, List<Contribution>> byPerson = new HashMap<>();
        jdbc.query("""
                select person_id, source, source_record_id, last_run_id, coalesce(source_updated_at, updated_at), record
                  from source_records where person_id = any(?)
                """, ps -> uuids(ps, 1, persons), rs -> {
                    String recordSource = rs.getString(2);
                    String id = rs.getString(3);
                    if (recordSource.equals(source) && replaced.contains(id)) {
                        return;
                    }
                    byPerson.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Contribution(
                            recordSource, id, rs.getLong(4), rs.getObject(5, OffsetDateTime.class), Jsonb.readMap(rs.getString(6))));
                });
        return byPerson;
    }

    /** Golden changes collected for one batch, written together by {@link #apply}. */
    static final class PersonChanges {
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> updates = new ArrayList<>();
        private final List<Object[]> provenanceUpdates = new ArrayList<>();
        private final List<Object[]> versions = new ArrayList<>();

        void insert(UUID id, Survivorship.Golden golden, long runId, Map<String, Object> changed) {
            NameSearchKey name = NameSearchKey.ofRecord(golden.record());
            inserts.add(new Object[] {id, nik(golden), Jsonb.write(golden.record()), ProvenanceJson.write(golden.provenance()),
                NameSearchKey.words(name), NameSearchKey.codes(name)});
            versions.add(version(id, 1, golden, runId, changed));
        }

        void update(UUID id, int version, Survivorship.Golden golden, long runId, Map<String, Object> changed) {
            NameSearchKey name = NameSearchKey.ofRecord(golden.record());
            updates.add(new Object[] {version, nik(golden), Jsonb.write(golden.record()), ProvenanceJson.write(golden.provenance()), id,
                NameSearchKey.words(name), NameSearchKey.codes(name)});
            versions.add(version(id, version, golden, runId, changed));
        }

        void provenanceOnly(UUID id, Survivorship.Golden golden) {
            provenanceUpdates.add(new Object[] {ProvenanceJson.write(golden.provenance()), id});
        }

        private static Object[] version(UUID id, int version, Survivorship.Golden golden, long runId, Map<String, Object> changed) {
            return new Object[] {id, version, Jsonb.write(golden.record()), ProvenanceJson.write(golden.provenance()), Jsonb.write(changed), runId};
        }

        private static Object nik(Survivorship.Golden golden) {
            return golden.record().get(PersonField.NIK.wireName());
        }
    }

    void apply(PersonChanges changes, Timestamp at) {
        if (!changes.inserts.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(changes.inserts.size());
            changes.inserts.forEach(row -> rows.add(new Object[] {row[0], 1, row[1], row[2], row[3], row[4], row[5], at, at}));
            CopyRows.copy(jdbc, "persons",
                    List.of("id", "version", "nik", "record", "provenance", "name_words", "name_codes", "created_at", "updated_at"), rows);
        }
        if (!changes.updates.isEmpty()) {
            jdbc.batchUpdate("""
                    update persons set version = ?, nik = ?, record = ?::jsonb, provenance = ?::json, name_words = ?::text[],
                           name_codes = ?::text[], updated_at = ? where id = ?
                    """, changes.updates.stream().map(row -> new Object[] {row[0], row[1], row[2], row[3], row[5], row[6], at, row[4]}).toList());
        }
        if (!changes.provenanceUpdates.isEmpty()) {
            jdbc.batchUpdate("update persons set provenance = ?::json where id = ?", changes.provenanceUpdates);
        }
        if (!changes.versions.isEmpty()) {
            CopyRows.copy(jdbc, "person_versions",
                    List.of("person_id", "version", "record", "provenance", "changed", "run_id", "recorded_at"), withTimes(changes.versions, at));
        }
    }

    /**
     * Writes the cross-references of a batch. Records the store already links ({@code stored}) are updated in
     * place; the others are new rows, copied in with {@code COPY}, which costs PostgreSQL a fraction of an upsert a
     * row (a bulk load is all new rows). No other writer can add them meanwhile: the batch holds each record's lock.
     */
    void upsertLinks(long runId, String source, Map<String, Link> links, Map<String, SourceRecord> records, Set<String> stored,
            Timestamp at) {
        List<Object[]> changed = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        links.forEach((id, link) -> {
            SourceRecord r = records.get(id);
            Timestamp sourceUpdated = r.updatedAt() == null ? null : Timestamp.from(r.updatedAt().toInstant());
            (stored.contains(id) ? changed : added).add(new Object[] {
                source, id, link.personId(), link.rule(), link.score(), link.contentHash(),
                Jsonb.write(r.person().toMap()), Jsonb.write(r.warnings()), sourceUpdated, runId, runId, at, at,
                link.explanation()
            });
        });
        CopyRows.copy(jdbc, "source_records", List.of("source", "source_record_id", "person_id", "link_rule", "score", "content_hash",
                "record", "warnings", "source_updated_at", "first_run_id", "last_run_id", "linked_at", "updated_at", "match_explanation"),
                added);
        if (changed.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into source_records (source, source_record_id, person_id, link_rule, score, content_hash, record, warnings,
                                            source_updated_at, first_run_id, last_run_id, linked_at, updated_at, match_explanation)
                values (?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (source, source_record_id) do update set
                    content_hash = excluded.content_hash, record = excluded.record, warnings = excluded.warnings,
                    source_updated_at = excluded.source_updated_at, last_run_id = excluded.last_run_id,
                    updated_at = excluded.updated_at
                """, changed);
    }

    /** Every version received, in order: a record sent twice in one batch keeps both payloads. */
    void insertRaws(long runId, String source, List<Received> received, Timestamp at) {
        CopyRows.copy(jdbc, "raw_records", List.of("run_id", "source", "source_record_id", "payload", "content_hash", "received_at"),
                received.stream().map(r -> new Object[] {
                    runId, source, r.record().sourceRecordId(), Jsonb.write(r.record().raw()), r.contentHash(), at
                }).toList());
    }

    private static List<Object[]> withTimes(List<Object[]> rows, Timestamp... times) {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] full = java.util.Arrays.copyOf(row, row.length + times.length);
            System.arraycopy(times, 0, full, row.length, times.length);
            out.add(full);
        }
        return out;
    }

    static void texts(PreparedStatement ps, int index, Collection<String> values) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf("text", values.toArray()));
    }

    static void uuids(PreparedStatement ps, int index, Collection<UUID> values) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf("uuid", values.toArray()));
    }
}
