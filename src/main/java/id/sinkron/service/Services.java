package id.sinkron.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinkron.database.Jsonb;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads stored services: one, a person's, a service's history, and the records the feed's events point at. */
@Repository
public class Services {

    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, agency, service_type, external_id, version, person_id, status, record, provenance, warnings,
            source, source_record_id, created_at, updated_at
            """;

    private final JdbcTemplate jdbc;

    public Services(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A service as the read API shows it.
     *
     * @param version the current version; versions are numbered from 1 without gaps, so it is also their count
     * @param personId null while the person is unresolved (see {@code warnings})
     * @param provenance the source record and run the current version came from, and how the person was found
     */
    public record ServiceView(
            UUID id, String agency, String serviceType, String externalId, int version, UUID personId, ServiceStatus status,
            Map<String, Object> record, Map<String, Object> provenance, List<String> warnings, String source,
            String sourceRecordId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    /** One version of a service. */
    public record ServiceVersion(int version, Map<String, Object> record, Map<String, Object> provenance, Map<String, Object> changed,
            long runId, OffsetDateTime recordedAt) {}

    public Optional<ServiceView> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from services where id = ?", Services::view, id).stream().findFirst();
    }

    /**
     * The services of a person, by agency, type and external id, with those of the persons merged into it: a
     * service keeps the person id it was resolved to, which a merge retires but does not erase.
     */
    public List<ServiceView> ofPerson(UUID personId) {
        return jdbc.query("select " + COLUMNS + """
                 from services
                 where person_id = ? or person_id in (select id from persons where merged_into = ?)
                 order by agency, service_type, external_id
                """, Services::view, personId, personId);
    }

    public List<ServiceVersion> versions(UUID id) {
        return jdbc.query("""
                select version, record, provenance, changed, run_id, recorded_at from service_versions where service_id = ? order by version
                """, (rs, i) -> new ServiceVersion(rs.getInt(1), Jsonb.readMap(rs.getString(2)), Jsonb.readMap(rs.getString(3)),
                        Jsonb.readMap(rs.getString(4)), rs.getLong(5), rs.getObject(6, OffsetDateTime.class)), id);
    }

    /** A version of a service to look up. */
    public record VersionKey(UUID id, int version) {}

    /** The records of the given versions with the source record each came from; versions that do not exist are left out. */
    public Map<VersionKey, ServiceVersion> versionsAt(Collection<VersionKey> keys) {
        Map<VersionKey, ServiceVersion> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select v.service_id, v.version, v.record, v.provenance, v.changed, v.run_id, v.recorded_at from service_versions v
                  join unnest(?::uuid[], ?::int[]) as k(service_id, version) using (service_id, version)
                """, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("uuid", keys.stream().map(VersionKey::id).toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("int4", keys.stream().map(VersionKey::version).toArray()));
                }, rs -> {
                    found.put(new VersionKey(rs.getObject(1, UUID.class), rs.getInt(2)), new ServiceVersion(rs.getInt(2),
                            Jsonb.readMap(rs.getString(3)), Jsonb.readMap(rs.getString(4)), Jsonb.readMap(rs.getString(5)),
                            rs.getLong(6), rs.getObject(7, OffsetDateTime.class)));
                });
        return found;
    }

    private static ServiceView view(ResultSet rs, int i) throws SQLException {
        return new ServiceView(
                rs.getObject("id", UUID.class), rs.getString("agency"), rs.getString("service_type"), rs.getString("external_id"),
                rs.getInt("version"), rs.getObject("person_id", UUID.class), ServiceStatus.valueOf(rs.getString("status")),
                Jsonb.readMap(rs.getString("record")), Jsonb.readMap(rs.getString("provenance")),
                Jsonb.read(rs.getString("warnings"), WARNINGS), rs.getString("source"), rs.getString("source_record_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
