package id.sinkron.audit.web;

import id.sinkron.audit.Rejection;
import id.sinkron.audit.RejectionsCsv;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.SyncRun;
import id.sinkron.audit.SyncRuns;
import id.sinkron.security.IdentityMasking;
import id.sinkron.web.NotFound;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Sync runs and their rejections, for administrators and auditors. */
@RestController
@Validated
class SyncRunsController {

    private final SyncRuns runs;
    private final RejectionsCsv csv;
    private final IdentityMasking masking;

    SyncRunsController(SyncRuns runs, RejectionsCsv csv, IdentityMasking masking) {
        this.runs = runs;
        this.csv = csv;
        this.masking = masking;
    }

    /** A page of runs, newest first, of one source and status if given; pass the last id as {@code before} for the next page. */
    @GetMapping("/api/v1/sync-runs")
    List<SyncRun> list(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) RunStatus status,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit) {
        return runs.list(source, status, before, limit);
    }

    @GetMapping("/api/v1/sync-runs/{id}")
    SyncRun get(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFound("no sync run " + id));
    }

    /** A page of a run's rejections in record order; pass the last id as {@code after} for the next page. */
    @GetMapping("/api/v1/sync-runs/{id}/rejections")
    List<Rejection> rejections(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        get(id);
        return runs.rejections(id, after, limit);
    }

    /** Every rejection of the run as CSV, streamed; identity numbers masked as in the JSON answers. */
    @GetMapping("/api/v1/sync-runs/{id}/rejections.csv")
    ResponseEntity<StreamingResponseBody> rejectionsCsv(@PathVariable long id) {
        get(id);
        // decided now: the export is written on another thread, which does not know the caller
        UnaryOperator<String> text = masking.forCaller();
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv.write(id, writer, text);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sinkron-run-" + id + "-rejections.csv\"")
                .body(body);
    }
}
