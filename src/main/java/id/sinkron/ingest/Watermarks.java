package id.sinkron.ingest;

import id.sinkron.source.Incremental;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watermarks of incrementally pulled sources (bean {@code watermarks}). A route reads one with
 * {@code ${bean:watermarks?method=current('simpus-dinkes')}} and binds it into its query; {@link Ingestion}
 * moves it forward in the same transaction as each batch, so it never claims a row that is not stored.
 */
@Component("watermarks")
public class Watermarks {

    private final JdbcTemplate jdbc;
    private final Sources sources;
    private final WatermarkOrder order;

    public Watermarks(JdbcTemplate jdbc, Sources sources, IngestSettings settings) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.order = new WatermarkOrder(settings.zone());
    }

    /** Where the next pull of {@code sourceId} starts: the stored watermark, else the declared initial value, else null. */
    public String current(String sourceId) {
        return find(sourceId).map(Watermark::value).orElseGet(() -> sources.find(sourceId)
                .map(SourceDefinition::incremental).map(Incremental::initial).orElse(null));
    }

    public Optional<Watermark> find(String sourceId) {
        List<Watermark> found = jdbc.query("select source, value, run_id, updated_at from source_watermarks where source = ?",
                (rs, n) -> new Watermark(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, OffsetDateTime.class)), sourceId);
        return found.stream().findFirst();
    }

    /** Forgets a source's watermark: its next pull starts again from the declared initial value. */
    @Transactional
    public boolean reset(String sourceId) {
        return jdbc.update("delete from source_watermarks where source = ?", sourceId) > 0;
    }

    /**
     * Raises the watermark to {@code value} within the caller's batch transaction; a lower value (rows of a
     * re-read page, a source that moved a timestamp back) leaves it where it is. The row is locked until the
     * batch commits, so concurrent runs of one source cannot lower each other's watermark.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void advance(String sourceId, String value, long runId) {
        jdbc.update("insert into source_watermarks (source, value, run_id) values (?, ?, ?) on conflict (source) do nothing",
                sourceId, value, runId);
        String stored = jdbc.queryForObject("select value from source_watermarks where source = ? for update", String.class, sourceId);
        if (!value.equals(stored) && order.compare(value, stored) > 0) {
            jdbc.update("update source_watermarks set value = ?, run_id = ?, updated_at = now() where source = ?", value, runId, sourceId);
        }
    }

    WatermarkOrder order() {
        return order;
    }
}
