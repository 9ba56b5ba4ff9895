package id.sinkron.audit.web;

import id.sinkron.audit.RunStatistics;
import id.sinkron.audit.RunStatistics.ReasonCount;
import id.sinkron.audit.RunStatistics.RunPoint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sums of sync runs and rejections for the console's charts, for administrators and auditors. */
@RestController
@Validated
class StatsController {

    private final RunStatistics statistics;

    StatsController(RunStatistics statistics) {
        this.statistics = statistics;
    }

    record RunsView(int days, List<RunPoint> runs) {}

    /** @param rejections rejections of the period (a rejection with reasons for two fields is counted once here) */
    record ReasonsView(int days, long rejections, List<ReasonCount> reasons) {}

    /** Every run started in the last {@code days} days with its counts, oldest first: records per run over time. */
    @GetMapping("/api/v1/stats/runs")
    RunsView runs(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
        return new RunsView(days, statistics.runs(days));
    }

    /** Rejections of the last {@code days} days by source and field. */
    @GetMapping("/api/v1/stats/rejection-reasons")
    ReasonsView rejectionReasons(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
        return new ReasonsView(days, statistics.rejections(days), statistics.rejectionReasons(days));
    }
}
