package id.sinkron.ingest;

import id.sinkron.audit.RunCounts;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Counts what finished sync runs did, per source and trigger. Tags name the source and the outcome, never a
 * record: the values are personal data, the counts are not.
 */
@Component
class SyncMetrics {

    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
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
