package id.sinkron.audit.web;

import id.sinkron.audit.Rejection;
import id.sinkron.audit.SyncRun;
import id.sinkron.audit.SyncRuns;
import id.sinkron.web.NotFound;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sync runs and their rejections, for administrators and auditors. */
@RestController
@Validated
class SyncRunsController {

    private final SyncRuns runs;

    SyncRunsController(SyncRuns runs) {
        this.runs = runs;
    }

    /** A page of runs, newest first; pass the last id as {@code before} for the next page. */
    @GetMapping("/api/v1/sync-runs")
    List<SyncRun> list(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit) {
        return runs.list(source, before, limit);
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
}
