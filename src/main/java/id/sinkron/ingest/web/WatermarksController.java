package id.sinkron.ingest.web;

import id.sinkron.ingest.Watermark;
import id.sinkron.ingest.Watermarks;
import id.sinkron.source.Incremental;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import id.sinkron.web.NotFound;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far the incremental pull of a source has come, and a reset that makes its next pull start again from the
 * declared initial value (re-reading everything is harmless: identical records are stored once).
 */
@RestController
class WatermarksController {

    private final Sources sources;
    private final Watermarks watermarks;

    WatermarksController(Sources sources, Watermarks watermarks) {
        this.sources = sources;
        this.watermarks = watermarks;
    }

    /**
     * @param value where the next pull starts: the stored watermark, else the declared initial value
     * @param stored false while no batch has been committed (or after a reset)
     */
    record WatermarkView(String source, String field, String value, boolean stored, String initial, Long runId,
            OffsetDateTime updatedAt) {}

    @GetMapping("/api/v1/sources/{source}/watermark")
    WatermarkView get(@PathVariable String source) {
        Incremental incremental = incremental(source);
        Optional<Watermark> stored = watermarks.find(source);
        return new WatermarkView(source, incremental.field(), watermarks.current(source), stored.isPresent(), incremental.initial(),
                stored.map(Watermark::runId).orElse(null), stored.map(Watermark::updatedAt).orElse(null));
    }

    @DeleteMapping("/api/v1/sources/{source}/watermark")
    ResponseEntity<Void> reset(@PathVariable String source) {
        incremental(source);
        watermarks.reset(source);
        return ResponseEntity.noContent().build();
    }

    private Incremental incremental(String source) {
        SourceDefinition definition = sources.require(source);
        if (definition.incremental() == null) {
            throw new NotIncremental(source);
        }
        return definition.incremental();
    }

    /** The source declares no {@code incremental:} section, so it has no watermark. */
    static final class NotIncremental extends NotFound {
        NotIncremental(String source) {
            super("not-incremental", "Source not pulled incrementally",
                    "source '" + source + "' declares no incremental: field, so it has no watermark", Map.of("source", source));
        }
    }
}
