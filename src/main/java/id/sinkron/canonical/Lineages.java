package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the lineage of a golden value from the person's versions, their provenance, runs and raw records. */
@Repository
public class Lineages {

    private final JdbcTemplate jdbc;

    public Lineages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Version(int version, Map<String, Object> record, Map<String, Provenance> provenance, OffsetDateTime recordedAt) {}

    /** The lineage of {@code field} of the person; empty when there is no such person. */
    @Transactional(readOnly = true)
    public Optional<Lineage> of(UUID personId, PersonField field) {
        String name = field.wireName();
        List<Map<String, Object>> current = jdbc.query("select record, provenance from persons where id = ?",
                (rs, i) -> Map.of("record", Jsonb.readMap(rs.getString(1)), "provenance", ProvenanceJson.read(rs.getString(2))), personId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<Version> versions = jdbc.query("""
                select version, record, provenance, recorded_at from person_versions where person_id = ? order by version
                """, (rs, i) -> new Version(rs.getInt(1), Jsonb.readMap(rs.getString(2)), ProvenanceJson.read(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class)), personId);
        List<Lineage.Step> history = new ArrayList<>();
        Object previous = null;
        Provenance previousSupplier = null;
        for (Version v : versions) {
            Object value = v.record().get(name);
            Provenance supplier = v.provenance().get(name);
            if (!Objects.equals(value, previous) || !Objects.equals(supplier, previousSupplier)) {
                history.add(new Lineage.Step(v.version(), value, previous, supply(supplier), v.recordedAt()));
            }
            previous = value;
            previousSupplier = supplier;
        }
        @SuppressWarnings("unchecked")
        Map<String, Provenance> provenance = (Map<String, Provenance>) current.get(0).get("provenance");
        @SuppressWarnings("unchecked")
        Object value = ((Map<String, Object>) current.get(0).get("record")).get(name);
        return Optional.of(new Lineage(personId, name, value, supply(provenance.get(name)), history));
    }

    private Lineage.Supply supply(Provenance p) {
        if (p == null) {
            return null;
        }
        return jdbc.query("""
                select r.trigger, r.origin, r.started_at,
                       (select max(w.received_at) from raw_records w
                         where w.run_id = r.id and w.source = ? and w.source_record_id = ?) as received_at
                  from sync_runs r where r.id = ?
                """, (rs, i) -> new Lineage.Supply(p.source(), p.sourceRecordId(), p.runId(), rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class)),
                p.source(), p.sourceRecordId(), p.runId()).stream().findFirst()
                .orElse(new Lineage.Supply(p.source(), p.sourceRecordId(), p.runId(), null, null, null, null));
    }
}
