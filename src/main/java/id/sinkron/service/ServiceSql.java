package id.sinkron.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinkron.database.Jsonb;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL behind {@link ServiceWriter}: every statement binds its values, bulk writes are JDBC batches. */
@Repository
class ServiceSql {

    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;

    ServiceSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A service's identity within its agency. */
    record Key(String serviceType, String externalId) {}

    /** A service as stored now; {@code contentHash} identifies what the agency sent, person resolution aside. */
    record Current(UUID id, int version, Map<String, Object> record, List<String> warnings, String contentHash) {}

    /** A person reference by source record. */
    record PersonRef(String source, String sourceRecordId) {}

    /**
     * Serializes writers of the same services, so two concurrent runs cannot both create one. Locks are taken in
     * key order to rule out deadlocks between batches; the key space is apart from {@code PersonSql}'s.
     */
    void lock(String agency, Collection<Key> keys) {
        List<String> names = keys.stream()
                .map(k -> "svc:" + agency.length() + ":" + agency + ":" + k.serviceType().length() + ":" + k.serviceType() + ":" + k.externalId())
                .toList();
        jdbc.query("""
                select pg_advisory_xact_lock(k)
                  from (select distinct hashtextextended(key, 0) as k from unnest(?::text[]) as key order by 1) as keys
                """, ps -> texts(ps, 1, names), rs -> { });
    }

    /** The stored services among {@code keys}, locked for update. */
    Map<Key, Current> current(String agency, Collection<Key> keys) {
        Map<Key, Current> found = new HashMap<>();
        jdbc.query("""
                select s.service_type, s.external_id, s.id, s.version, s.record, s.warnings, s.content_hash
                  from services s join unnest(?::text[], ?::text[]) as k(service_type, external_id) using (service_type, external_id)
                 where s.agency = ? order by s.id for update of s
                """, ps -> {
                    texts(ps, 1, keys.stream().map(Key::serviceType).toList());
                    texts(ps, 2, keys.stream().map(Key::externalId).toList());
                    ps.setString(3, agency);
                }, rs -> {
                    found.put(new Key(rs.getString(1), rs.getString(2)), new Current(rs.getObject(3, UUID.class), rs.getInt(4),
                            Jsonb.readMap(rs.getString(5)), Jsonb.read(rs.getString(6), WARNINGS), rs.getString(7)));
                });
        return found;
    }

    /**
     * The services waiting for a person that name one of {@code source}'s records {@code sourceRecordIds} or one of
     * {@code niks}, locked for update in id order (the order {@link #current} locks in, so the two cannot deadlock).
     */
    List<Stored> waiting(String source, Collection<String> sourceRecordIds, Collection<String> niks) {
        return jdbc.query("""
                select id, version, record, provenance, warnings, source, source_record_id, content_hash, source_updated_at
                  from services
                 where person_id is null
                   and ((record->>'person_source' = ? and record->>'person_source_record_id' = any(?::text[]))
                        or record->>'person_nik' = any(?::text[]))
                 order by id for update
                """, ps -> {
                    ps.setString(1, source);
                    texts(ps, 2, sourceRecordIds);
                    texts(ps, 3, niks);
                }, (rs, i) -> new Stored(rs.getObject(1, UUID.class), rs.getInt(2), null, Jsonb.readMap(rs.getString(3)),
                        Jsonb.readMap(rs.getString(4)), Jsonb.read(rs.getString(5), WARNINGS), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getTimestamp(9)));
    }

    /** NIK to the golden persons holding it, oldest first. */
    Map<String, List<UUID>> personsByNik(Collection<String> niks) {
        Map<String, List<UUID>> byNik = new HashMap<>();
        if (!niks.isEmpty()) {
            jdbc.query("select nik, id from persons where nik = any(?::text[]) order by created_at, id", ps -> texts(ps, 1, niks),
                    rs -> {
                        byNik.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                    });
        }
        return byNik;
    }

    /** The golden person of each referenced source record, through the cross-reference. */
    Map<PersonRef, UUID> personsByRecord(Collection<PersonRef> refs) {
        Map<PersonRef, UUID> found = new HashMap<>();
        if (!refs.isEmpty()) {
            jdbc.query("""
                    select x.source, x.source_record_id, x.person_id
                      from source_records x join unnest(?::text[], ?::text[]) as k(source, source_record_id) using (source, source_record_id)
                    """, ps -> {
                        texts(ps, 1, refs.stream().map(PersonRef::source).toList());
                        texts(ps, 2, refs.stream().map(PersonRef::sourceRecordId).toList());
                    }, rs -> {
                        found.put(new PersonRef(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class));
                    });
        }
        return found;
    }

    /** The rows one batch writes, collected so each table gets one JDBC batch. */
    static final class Changes {
        private final Timestamp at;
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> updates = new ArrayList<>();
        private final List<Object[]> versions = new ArrayList<>();
        private final List<Object[]> raws = new ArrayList<>();

        Changes(Timestamp at) {
            this.at = at;
        }

        /** The service's row as it is after the batch: inserted when it did not exist before. */
        void row(boolean existed, Stored s) {
            Map<String, Object> r = s.record();
            if (!existed) {
                inserts.add(new Object[] {
                    s.id(), r.get("agency"), r.get("service_type"), r.get("external_id"), s.version(), s.personId(), r.get("status"),
                    r.get("start_date"), r.get("end_date"), Jsonb.write(r), Jsonb.write(s.provenance()), Jsonb.write(s.warnings()),
                    s.source(), s.sourceRecordId(), s.contentHash(), s.sourceUpdatedAt(), at, at
                });
            } else {
                updates.add(new Object[] {
                    s.version(), s.personId(), r.get("status"), r.get("start_date"), r.get("end_date"), Jsonb.write(r),
                    Jsonb.write(s.provenance()), Jsonb.write(s.warnings()), s.source(), s.sourceRecordId(), s.contentHash(),
                    s.sourceUpdatedAt(), at, s.id()
                });
            }
        }

        /** A new version of the service's record. */
        void version(Stored s, long runId, Map<String, Object> changed) {
            versions.add(new Object[] {
                s.id(), s.version(), Jsonb.write(s.record()), Jsonb.write(s.provenance()), Jsonb.write(changed), runId, at
            });
        }

        /** A version of a source record as received: every one is kept, even when nothing else changed. */
        void raw(long runId, ServiceRecord r, String contentHash) {
            raws.add(new Object[] {runId, r.source(), r.sourceRecordId(), Jsonb.write(r.raw()), contentHash, at});
        }
    }

    /** A service row to write. */
    record Stored(UUID id, int version, UUID personId, Map<String, Object> record, Map<String, Object> provenance,
            List<String> warnings, String source, String sourceRecordId, String contentHash, Timestamp sourceUpdatedAt) {}

    void apply(Changes changes) {
        batch("""
                insert into services (id, agency, service_type, external_id, version, person_id, status, start_date, end_date,
                                      record, provenance, warnings, source, source_record_id, content_hash, source_updated_at,
                                      created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?::jsonb, ?::json, ?::json, ?, ?, ?, ?, ?, ?)
                """, changes.inserts);
        batch("""
                update services set version = ?, person_id = ?, status = ?, start_date = ?::date, end_date = ?::date,
                       record = ?::jsonb, provenance = ?::json, warnings = ?::json, source = ?, source_record_id = ?,
                       content_hash = ?, source_updated_at = ?, updated_at = ?
                 where id = ?
                """, changes.updates);
        batch("""
                insert into service_versions (service_id, version, record, provenance, changed, run_id, recorded_at)
                values (?, ?, ?::json, ?::json, ?::json, ?, ?)
                """, changes.versions);
        batch("""
                insert into raw_records (run_id, source, source_record_id, payload, content_hash, received_at)
                values (?, ?, ?, ?::json, ?, ?)
                """, changes.raws);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static void texts(PreparedStatement ps, int index, Collection<String> values) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf("text", values.toArray()));
    }
}
