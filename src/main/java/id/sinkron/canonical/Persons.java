package id.sinkron.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import id.sinkron.database.Jsonb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads golden persons, their source links and versions, and the cross-reference export. */
@Repository
public class Persons {

    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {};
    private static final int EXPORT_FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public Persons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // a fetch size inside a transaction makes the driver use a cursor instead of loading every row
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(EXPORT_FETCH_SIZE);
    }

    /**
     * A golden person as the read API shows it.
     *
     * @param resolvedFrom the retired id that was asked for, when it was merged into this person; left out otherwise
     */
    public record PersonView(
            UUID id, int version, Map<String, Object> record, Map<String, Provenance> provenance,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, List<SourceLink> links,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID resolvedFrom) {

        public PersonView(UUID id, int version, Map<String, Object> record, Map<String, Provenance> provenance,
                OffsetDateTime createdAt, OffsetDateTime updatedAt, List<SourceLink> links) {
            this(id, version, record, provenance, createdAt, updatedAt, links, null);
        }
    }

    /** One source record linked to a person, and why. */
    public record SourceLink(
            String source, String sourceRecordId, String linkRule, Double score, List<String> warnings,
            long firstRunId, long lastRunId, OffsetDateTime linkedAt, OffsetDateTime updatedAt) {}

    /** One version of a golden person; {@code runId} is null for a version a steward made (merge, unmerge). */
    public record PersonVersion(int version, Map<String, Object> record, Map<String, Object> changed, Long runId, OffsetDateTime recordedAt) {}

    /** The person, or for a retired id the person it was merged into, with {@code resolvedFrom} set. */
    @Transactional(readOnly = true)
    public Optional<PersonView> find(UUID id) {
        return withLinks(jdbc.query("""
                        select id, version, record, provenance, created_at, updated_at from persons
                         where id = coalesce((select merged_into from persons where id = ?), ?)
                        """, (rs, i) -> view(rs), id, id)).stream().findFirst()
                .map(v -> v.id().equals(id) ? v
                        : new PersonView(v.id(), v.version(), v.record(), v.provenance(), v.createdAt(), v.updatedAt(), v.links(), id));
    }

    @Transactional(readOnly = true)
    public List<PersonView> withNik(String nik, int limit) {
        return withLinks(jdbc.query("""
                        select id, version, record, provenance, created_at, updated_at from persons
                         where nik = ? and merged_into is null order by created_at, id limit ?
                        """, (rs, i) -> view(rs), nik, limit));
    }

    public List<PersonVersion> versions(UUID id) {
        return jdbc.query("""
                select version, record, changed, run_id, recorded_at from person_versions where person_id = ? order by version
                """, (rs, i) -> new PersonVersion(rs.getInt(1), PersonField.ordered(Jsonb.readMap(rs.getString(2))), Jsonb.readMap(rs.getString(3)),
                        (Long) rs.getObject(4), rs.getObject(5, OffsetDateTime.class)), id);
    }

    /** The source links of each of {@code persons}, in source and record id order. */
    private Map<UUID, List<SourceLink>> links(Collection<UUID> persons) {
        Map<UUID, List<SourceLink>> links = new HashMap<>();
        if (persons.isEmpty()) {
            return links;
        }
        jdbc.query("""
                select person_id, source, source_record_id, link_rule, score, warnings, first_run_id, last_run_id, linked_at, updated_at
                  from source_records where person_id = any(?::uuid[]) order by source, source_record_id
                """, ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", persons.toArray())), rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new SourceLink(
                            rs.getString(2), rs.getString(3), rs.getString(4), (Double) rs.getObject(5),
                            Jsonb.read(rs.getString(6), WARNINGS), rs.getLong(7), rs.getLong(8),
                            rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class)));
                });
        return links;
    }

    /** A version of a person to look up. */
    public record VersionKey(UUID id, int version) {}

    /** The golden records of the given versions; versions that do not exist are left out. */
    public Map<VersionKey, Map<String, Object>> recordsAt(Collection<VersionKey> keys) {
        Map<VersionKey, Map<String, Object>> records = new HashMap<>();
        if (keys.isEmpty()) {
            return records;
        }
        jdbc.query("""
                select v.person_id, v.version, v.record from person_versions v
                  join unnest(?::uuid[], ?::int[]) as k(person_id, version) using (person_id, version)
                """, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("uuid", keys.stream().map(VersionKey::id).toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("int4", keys.stream().map(VersionKey::version).toArray()));
                }, rs -> {
                    records.put(new VersionKey(rs.getObject(1, UUID.class), rs.getInt(2)), PersonField.ordered(Jsonb.readMap(rs.getString(3))));
                });
        return records;
    }

    /** The persons of {@code ids} in that order; ids of no person are left out. */
    @Transactional(readOnly = true)
    public List<PersonView> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersonView> byId = new HashMap<>();
        withLinks(jdbc.query("select id, version, record, provenance, created_at, updated_at from persons where id = any(?::uuid[])",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray())), (rs, i) -> view(rs)))
                .forEach(v -> byId.put(v.id(), v));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The current village code of each of {@code persons} that has one: where a person lives now. */
    public Map<UUID, String> villageCodes(Collection<UUID> persons) {
        Map<UUID, String> codes = new HashMap<>();
        if (!persons.isEmpty()) {
            jdbc.query("select id, record->>'village_code' from persons where id = any(?::uuid[]) and record->>'village_code' is not null",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", persons.toArray())),
                    rs -> {
                        codes.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return codes;
    }

    /** A source record by its source and id. */
    public record SourceRef(String source, String sourceRecordId) {}

    /** The records of {@code sources} linked to each of {@code persons}. */
    public Map<UUID, List<SourceRef>> linksFrom(Collection<UUID> persons, Collection<String> sources) {
        Map<UUID, List<SourceRef>> links = new HashMap<>();
        if (persons.isEmpty() || sources.isEmpty()) {
            return links;
        }
        jdbc.query("""
                select person_id, source, source_record_id from source_records
                 where person_id = any(?::uuid[]) and source = any(?::text[]) order by source, source_record_id
                """, ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("uuid", persons.toArray()));
                    ps.setArray(2, ps.getConnection().createArrayOf("text", sources.toArray()));
                }, rs -> {
                    links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new SourceRef(rs.getString(2), rs.getString(3)));
                });
        return links;
    }

    /**
     * Writes the whole cross-reference as CSV ({@code source,source_record_id,canonical_id,link_rule,score}),
     * streamed from a server-side cursor so memory stays flat however large the store is.
     */
    @Transactional(readOnly = true)
    public void exportXref(Writer out) {
        exportXref(out, UnaryOperator.identity());
    }

    /** {@link #exportXref(Writer)} with each source record id passed through {@code ids} (to mask NIKs used as ids). */
    @Transactional(readOnly = true)
    public void exportXref(Writer out, UnaryOperator<String> ids) {
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder()
                    .setHeader("source", "source_record_id", "canonical_id", "link_rule", "score").get()
                    .print(out);
            streaming.query("""
                    select source, source_record_id, person_id, link_rule, score from source_records order by source, source_record_id
                    """, rs -> {
                        try {
                            csv.printRecord(rs.getString(1), ids.apply(rs.getString(2)), rs.getObject(3), rs.getString(4), rs.getObject(5));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The persons with their links, read in one query after the persons: reading them inside the row mapper held
     * one pooled connection while asking for a second, which exhausted the pool under concurrent reads.
     */
    private List<PersonView> withLinks(List<PersonView> views) {
        Map<UUID, List<SourceLink>> links = links(views.stream().map(PersonView::id).toList());
        return views.stream().map(v -> new PersonView(v.id(), v.version(), v.record(), v.provenance(), v.createdAt(), v.updatedAt(),
                links.getOrDefault(v.id(), List.of()))).toList();
    }

    /** A person without its links yet. */
    private static PersonView view(ResultSet rs) throws SQLException {
        return new PersonView(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                PersonField.ordered(Jsonb.readMap(rs.getString("record"))),
                ProvenanceJson.read(rs.getString("provenance")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                List.of());
    }
}
