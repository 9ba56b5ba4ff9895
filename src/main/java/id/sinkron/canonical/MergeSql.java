package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link PersonMerges}: locks, moving source records, retiring persons, and the stewardship log. */
@Repository
class MergeSql {

    private final JdbcTemplate jdbc;

    MergeSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as stored now, retired or live. */
    record Stored(int version, Map<String, Object> record, Map<String, Provenance> provenance, UUID mergedInto) {

        boolean retired() {
            return mergedInto != null;
        }
    }

    /** One source record of a person, as the locks name it. */
    record RecordKey(String source, String sourceRecordId, String nik) {}

    /**
     * Takes the advisory locks {@link PersonSql#lock} takes for ingestion (the same key format), so that no batch
     * links a record to a person while it is being merged or split: the records of the persons, their NIKs and
     * their blocking keys, in one statement and in key order, like a writer takes them.
     */
    void lockLikeWriters(Collection<UUID> persons) {
        List<String> keys = new ArrayList<>();
        for (RecordKey r : records(persons)) {
            keys.add("sr:" + r.source().length() + ":" + r.source() + ":" + r.sourceRecordId());
            if (r.nik() != null) {
                keys.add("nik:" + r.nik());
            }
        }
        jdbc.query("select nik from persons where id = any(?) and nik is not null",
                ps -> PersonSql.uuids(ps, 1, persons), rs -> {
                    keys.add("nik:" + rs.getString(1));
                });
        jdbc.query("select rule, key from person_match_keys where person_id = any(?) and rule not like 'tf:%'",
                ps -> PersonSql.uuids(ps, 1, persons), rs -> {
                    keys.add("mk:" + rs.getString(1).length() + ":" + rs.getString(1) + ":" + rs.getString(2));
                });
        PersonSql.lockKeys(jdbc, keys);
    }

    /** Locks the persons among {@code ids} in id order (as writers do) and returns them. */
    Map<UUID, Stored> lockPersons(Set<UUID> ids) {
        Map<UUID, Stored> stored = new HashMap<>();
        jdbc.query("select id, version, record, provenance, merged_into from persons where id = any(?) order by id for update",
                ps -> PersonSql.uuids(ps, 1, ids), rs -> {
                    stored.put(rs.getObject(1, UUID.class), new Stored(rs.getInt(2), Jsonb.readMap(rs.getString(3)),
                            ProvenanceJson.read(rs.getString(4)), rs.getObject(5, UUID.class)));
                });
        return stored;
    }

    List<RecordKey> records(Collection<UUID> persons) {
        List<RecordKey> records = new ArrayList<>();
        jdbc.query("select source, source_record_id, record->>'nik' from source_records where person_id = any(?)",
                ps -> PersonSql.uuids(ps, 1, persons), rs -> {
                    records.add(new RecordKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        return records;
    }

    /** The person a source record is linked to. */
    Optional<UUID> personOf(String source, String sourceRecordId) {
        return jdbc.queryForList("select person_id from source_records where source = ? and source_record_id = ?",
                UUID.class, source, sourceRecordId).stream().findFirst();
    }

    void moveRecords(UUID from, UUID to) {
        jdbc.update("update source_records set person_id = ? where person_id = ?", to, from);
    }

    /**
     * Moves one record to a person of its own: its link now says a steward made it, and the explanation of the
     * link it replaces no longer applies.
     */
    void moveRecord(String source, String sourceRecordId, UUID to, Timestamp at) {
        jdbc.update("""
                update source_records set person_id = ?, link_rule = 'unmerge', score = null, match_explanation = null, linked_at = ?
                 where source = ? and source_record_id = ?
                """, to, at, source, sourceRecordId);
    }

    /**
     * Retires a person into a live one. Its NIK is cleared so that neither ingestion nor the NIK search finds it
     * (its last golden record keeps it), its blocking keys go, and persons retired into it earlier now point at
     * the survivor, so resolving a retired id is always one step.
     */
    void retire(UUID retired, UUID surviving, Timestamp at) {
        jdbc.update("update persons set merged_into = ?, nik = null, updated_at = ? where id = ?", surviving, at, retired);
        jdbc.update("update persons set merged_into = ? where merged_into = ?", surviving, retired);
        jdbc.update("delete from person_match_keys where person_id = ?", retired);
    }

    void insertPerson(UUID id, Survivorship.Golden golden, Long runId, Map<String, Object> changed, Timestamp at) {
        jdbc.update("""
                insert into persons (id, version, nik, record, provenance, name_words, name_codes, created_at, updated_at)
                values (?, 1, ?, ?::jsonb, ?::json, ?::text[], ?::text[], ?, ?)
                """, id, nik(golden), Jsonb.write(golden.record()), ProvenanceJson.write(golden.provenance()),
                NameSearchKey.words(NameSearchKey.ofRecord(golden.record())), NameSearchKey.codes(NameSearchKey.ofRecord(golden.record())), at, at);
        insertVersion(id, 1, golden, runId, changed, at);
    }

    void updatePerson(UUID id, int version, Survivorship.Golden golden, Long runId, Map<String, Object> changed, Timestamp at) {
        NameSearchKey name = NameSearchKey.ofRecord(golden.record());
        jdbc.update("""
                update persons set version = ?, nik = ?, record = ?::jsonb, provenance = ?::json, name_words = ?::text[],
                       name_codes = ?::text[], updated_at = ? where id = ?
                """, version, nik(golden), Jsonb.write(golden.record()), ProvenanceJson.write(golden.provenance()),
                NameSearchKey.words(name), NameSearchKey.codes(name), at, id);
        insertVersion(id, version, golden, runId, changed, at);
    }

    void updateProvenance(UUID id, Survivorship.Golden golden) {
        jdbc.update("update persons set provenance = ?::json where id = ?", ProvenanceJson.write(golden.provenance()), id);
    }

    private void insertVersion(UUID id, int version, Survivorship.Golden golden, Long runId, Map<String, Object> changed, Timestamp at) {
        jdbc.update("""
                insert into person_versions (person_id, version, record, provenance, changed, run_id, recorded_at)
                values (?, ?, ?::json, ?::json, ?::json, ?, ?)
                """, id, version, Jsonb.write(golden.record()), ProvenanceJson.write(golden.provenance()), Jsonb.write(changed), runId, at);
    }

    void recordMerge(UUID surviving, UUID retired, String actor, String reason, Long runId, Long reviewItemId, Timestamp at) {
        jdbc.update("""
                insert into person_merges (surviving_id, retired_id, actor, reason, run_id, review_item_id, at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, surviving, retired, actor, reason, runId, reviewItemId, at);
    }

    void recordUnmerge(UUID person, UUID newPerson, String source, String sourceRecordId, String actor, String reason, Timestamp at) {
        jdbc.update("""
                insert into person_unmerges (person_id, new_person_id, source, source_record_id, actor, reason, at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, person, newPerson, source, sourceRecordId, actor, reason, at);
    }

    private static Object nik(Survivorship.Golden golden) {
        return golden.record().get(PersonField.NIK.wireName());
    }
}
