package id.sinkron.ingest;

import id.sinkron.audit.RunCounts;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import id.sinkron.canonical.ReviewItems;
import id.sinkron.canonical.ReviewReason;
import id.sinkron.canonical.WriteOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts what finished sync runs did, per source and trigger, what each committed batch decided (records linked,
 * review items opened), and the review items waiting for a steward. Tags name the source and the outcome, never
 * a record: the values are personal data, the counts are not.
 */
@Component
class SyncMetrics {

    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry, ReviewItems reviewItems) {
        this.registry = registry;
        // one count query per scrape, on the index by status
        Gauge.builder("sinkron.review.items.open", reviewItems, ReviewItems::openCount)
                .description("Review items waiting for a data steward")
                .register(registry);
    }

    /** Recorded once per committed batch: records linked to an existing person, review items opened by reason. */
    void written(String source, WriteOutcome outcome) {
        if (outcome == null) {
            return;
        }
        Counter.builder("sinkron.records.linked")
                .description("Source records seen for the first time that were linked to an existing person")
                .tags("source", source)
                .register(registry).increment(outcome.linked());
        for (Map.Entry<ReviewReason, Integer> opened : outcome.reviewsOpened().entrySet()) {
            Counter.builder("sinkron.review.items.opened")
                    .description("Review items opened by ingestion, by reason")
                    .tags("source", source, "reason", opened.getKey().name())
                    .register(registry).increment(opened.getValue());
        }
    }

    /** Recorded once per run, when it ends: the counts of a failed run are those of its committed batches. */
    void finished(String source, RunTrigger trigger, RunStatus status, RunCounts counts, Duration took) {
        String by = trigger.name();
        records(source, by, "read", counts.read());
        records(source, by, "created", counts.created());
        records(source, by, "updated", counts.updated());
        records(source, by, "unchanged", counts.unchanged());
        records(source, by, "rejected", counts.rejected());
        Counter.builder("sinkron.sync.runs")
                .description("Sync runs ended, by status")
                .tags("source", source, "trigger", by, "status", status.name())
                .register(registry).increment();
        Timer.builder("sinkron.sync.run.duration")
                .description("How long sync runs took, from start to end")
                .tags("source", source, "trigger", by, "status", status.name())
                .register(registry).record(took);
    }

    private void records(String source, String trigger, String outcome, int count) {
        // registered even at zero, so every outcome of a source is a series from its first run on
        Counter.builder("sinkron.records")
                .description("Source records read by sync runs, by outcome")
                .tags("source", source, "trigger", trigger, "outcome", outcome)
                .register(registry).increment(count);
    }
}
