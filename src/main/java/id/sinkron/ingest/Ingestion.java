package id.sinkron.ingest;

import id.sinkron.audit.NewRejection;
import id.sinkron.audit.RunCounts;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import id.sinkron.audit.SyncRuns;
import id.sinkron.canonical.Reason;
import id.sinkron.canonical.WriteOutcome;
import id.sinkron.database.Jsonb;
import id.sinkron.feed.Feed;
import id.sinkron.match.Parallel;
import id.sinkron.source.FieldMapping;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.SourceRow;
import id.sinkron.source.UnreadableInput;
import jakarta.annotation.PostConstruct;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one sync run: every row is mapped, normalized and validated; accepted records are linked and stored,
 * refused ones stored as rejections with their reasons, batch by batch, each batch in one transaction with its
 * counts and feed events. A bad row never stops the run; a failure of the run leaves the committed batches,
 * which a re-run completes without duplicates. For a source pulled incrementally, each batch also raises the
 * source's watermark to the highest value of its incremental field among the batch's rows, in the same
 * transaction, so a pull resumed after a crash starts exactly after what is stored.
 */
@Service
public class Ingestion {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
    private static final int PROGRESS_EVERY = 10_000;

    private final SyncRuns runs;
    private final RecordKinds kinds;
    private final Feed feed;
    private final TransactionTemplate tx;
    private final IngestSettings settings;
    private final SyncMetrics metrics;
    private final Watermarks watermarks;

    Ingestion(SyncRuns runs, RecordKinds kinds, Feed feed, TransactionTemplate tx, IngestSettings settings, SyncMetrics metrics,
            Watermarks watermarks) {
        this.runs = runs;
        this.kinds = kinds;
        this.feed = feed;
        this.tx = tx;
        this.settings = settings;
        this.metrics = metrics;
        this.watermarks = watermarks;
    }

    /** Runs left open by a previous process are closed before anything new runs. */
    @PostConstruct
    void closeInterruptedRuns() {
        int closed = runs.failInterrupted();
        if (closed > 0) {
            log.warn("Marked {} sync run(s) interrupted by the previous shutdown as FAILED", closed);
        }
    }

    /**
     * @param canonicalNames true when rows already use canonical field names (pushes), false to apply the source's mapping
     */
    public RunResult run(SourceDefinition source, RunTrigger trigger, String origin, Iterator<SourceRow> rows, boolean canonicalNames) {
        return run(source, trigger, origin, rows, canonicalNames, null);
    }

    /**
     * @param expectedTotal records the source said this run will bring (null: unknown); shown as progress on the
     *     run and in the log
     */
    public RunResult run(SourceDefinition source, RunTrigger trigger, String origin, Iterator<SourceRow> rows, boolean canonicalNames,
            Long expectedTotal) {
        long runId = runs.start(source.id(), trigger, origin, expectedTotal);
        log.info("Sync run {} started: source {}, {} {}", runId, source.id(), trigger, origin == null ? "" : origin);
        FieldMapping mapping = canonicalNames ? FieldMapping.IDENTITY : source.mapping();
        String field = source.incremental() == null ? null : source.incremental().field();
        RecordKind<?> kind = kinds.of(source);
        Batch<?> batch = new Batch<>(kind, field, watermarks.order());
        RunCounts total = RunCounts.NONE;
        long started = System.nanoTime();
        try {
            while (rows.hasNext()) {
                SourceRow row = rows.next();
                batch.add(row);
                if (batch.size() >= settings.batchSize()) {
                    RunCounts before = total;
                    total = total.plus(flush(runId, source.id(), batch, mapping));
                    batch = new Batch<>(kind, field, watermarks.order());
                    if (before.read() / PROGRESS_EVERY != total.read() / PROGRESS_EVERY) {
                        logProgress(runId, total.read(), expectedTotal, started);
                    }
                }
            }
            total = total.plus(flush(runId, source.id(), batch, mapping));
            runs.finish(runId, RunStatus.SUCCEEDED, null);
            metrics.finished(source.id(), trigger, RunStatus.SUCCEEDED, total, since(started));
            log.info("Sync run {} succeeded: {} read, {} created, {} updated, {} unchanged, {} rejected ({}/s)", runId,
                    total.read(), total.created(), total.updated(), total.unchanged(), total.rejected(), rate(total.read(), started));
            return new RunResult(runId, source.id(), RunStatus.SUCCEEDED, total, null, false);
        } catch (UnreadableInput e) {
            return failed(runId, source.id(), trigger, started, total, e.getMessage(), true, e);
        } catch (RuntimeException e) {
            return failed(runId, source.id(), trigger, started, total, describe(e), false, e);
        } catch (Error e) {
            // out of memory, stack overflow: the run must not stay RUNNING until the next start, and the error goes on up
            failed(runId, source.id(), trigger, started, total, e.getClass().getSimpleName() + ": " + describe(e), false, e);
            throw e;
        }
    }

    /**
     * Records a run that failed before it read a row (the agency's database down, its query refused), so that a
     * pull that finally fails is visible as a FAILED run with its reason like any other.
     */
    public RunResult failedBeforeReading(SourceDefinition source, RunTrigger trigger, String origin, String reason) {
        long runId = runs.start(source.id(), trigger, origin);
        runs.finish(runId, RunStatus.FAILED, reason);
        metrics.finished(source.id(), trigger, RunStatus.FAILED, RunCounts.NONE, Duration.ZERO);
        log.warn("Sync run {} of source {} failed before reading: {}", runId, source.id(), reason);
        return new RunResult(runId, source.id(), RunStatus.FAILED, RunCounts.NONE, reason, false);
    }

    private RunResult failed(long runId, String source, RunTrigger trigger, long started, RunCounts total, String error,
            boolean badInput, Throwable e) {
        try {
            runs.finish(runId, RunStatus.FAILED, error);
        } catch (RuntimeException notRecorded) {
            e.addSuppressed(notRecorded);
        }
        try {
            metrics.finished(source, trigger, RunStatus.FAILED, total, since(started));
        } catch (RuntimeException notCounted) {
            e.addSuppressed(notCounted);
        }
        if (badInput) {
            log.warn("Sync run {} failed: {}", runId, error);
        } else {
            log.error("Sync run {} failed after {} records", runId, total.read(), e);
        }
        return new RunResult(runId, source, RunStatus.FAILED, total, error, badInput);
    }

    private RunCounts flush(long runId, String source, Batch<?> batch, FieldMapping mapping) {
        if (batch.size() == 0) {
            return RunCounts.NONE;
        }
        batch.parse(mapping);
        for (int attempt = 0; ; attempt++) {
            try {
                WriteOutcome[] written = new WriteOutcome[1];
                RunCounts committed = tx.execute(status -> {
                    written[0] = batch.write(runId);
                    RunCounts counts = new RunCounts(batch.size(), written[0].created(), written[0].updated(), written[0].unchanged(),
                            batch.rejected.size());
                    runs.add(runId, counts, batch.rejected);
                    feed.append(written[0].events());
                    if (batch.highest != null) {
                        watermarks.advance(source, batch.highest, runId);
                    }
                    return counts;
                });
                // counted once committed, so a retried batch is counted once
                metrics.written(source, written[0]);
                return committed;
            } catch (TransientDataAccessException e) {
                if (attempt >= settings.retries()) {
                    throw e;
                }
                log.debug("Sync run {}: batch retried after {}", runId, e.getMessage());
            }
        }
    }

    private static void logProgress(long runId, int read, Long expectedTotal, long started) {
        if (expectedTotal == null || expectedTotal <= 0) {
            log.info("Sync run {}: {} records so far ({}/s)", runId, read, rate(read, started));
        } else {
            log.info("Sync run {}: {} of {} records so far ({} %, {}/s)", runId, read, expectedTotal,
                    Math.min(100, read * 100 / expectedTotal), rate(read, started));
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static long rate(int records, long startedNanos) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        return Math.round(records / seconds);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    /** The rows of one transaction; parsed just before it is written, into accepted records and rejections. */
    private static final class Batch<R> {
        private final RecordKind<R> kind;
        private final List<SourceRow> rows = new ArrayList<>();
        private final List<R> accepted = new ArrayList<>();
        private final List<NewRejection> rejected = new ArrayList<>();
        private final String field;
        private final WatermarkOrder order;
        /** Highest value of the source's incremental field among the rows, accepted or rejected. */
        private String highest;

        /** @param field the source's incremental field, or null */
        Batch(RecordKind<R> kind, String field, WatermarkOrder order) {
            this.kind = kind;
            this.field = field;
            this.order = order;
        }

        WriteOutcome write(long runId) {
            return kind.write(runId, accepted);
        }

        int size() {
            return rows.size();
        }

        void add(SourceRow row) {
            rows.add(row);
            if (field != null && row.readable()) {
                highest = order.max(highest, WatermarkOrder.text(row.values().get(field)));
            }
        }

        /**
         * Maps, normalizes and validates the rows on every core ({@link Parallel}), keeping their order: the
         * accepted records, then the rejections with their reasons.
         */
        void parse(FieldMapping mapping) {
            for (Sorted<R> row : Parallel.map(rows, row -> parse(row, mapping))) {
                if (row.rejected() != null) {
                    rejected.add(row.rejected());
                } else {
                    accepted.add(row.accepted());
                }
            }
        }

        private Sorted<R> parse(SourceRow row, FieldMapping mapping) {
            if (!row.readable()) {
                return Sorted.rejected(new NewRejection(row.recordNo(), null, row.rawText(), List.of(new Reason(Reason.WHOLE_RECORD, row.unreadable()))));
            }
            FieldMapping.Mapped mapped = mapping.apply(row.values());
            RecordKind.Parse<R> parsed = kind.parse(mapped.values(), row.values());
            if (parsed.accepted() != null && mapped.reasons().isEmpty()) {
                return new Sorted<>(parsed.accepted(), null);
            }
            List<Reason> reasons = new ArrayList<>(mapped.reasons());
            reasons.addAll(parsed.reasons());
            String id = parsed.sourceRecordId();
            // the row's own text when it has one: an auditor sees exactly what the agency sent
            String payload = row.rawText() != null ? row.rawText() : Jsonb.write(row.values());
            return Sorted.rejected(new NewRejection(row.recordNo(), id, payload, reasons));
        }
    }

    /** One row of a batch after parsing: the accepted record, or its rejection. */
    private record Sorted<R>(R accepted, NewRejection rejected) {

        static <R> Sorted<R> rejected(NewRejection rejection) {
            return new Sorted<>(null, rejection);
        }
    }
}
