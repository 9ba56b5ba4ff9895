package id.sinkron.audit;

import java.time.OffsetDateTime;

/**
 * One execution of a route or one push, as auditors see it. While it runs, {@code counts} grow with every
 * committed batch and {@code progress} tells the rate and, when the source announced a total, how far along it is.
 */
public record SyncRun(
        long id,
        String source,
        RunTrigger trigger,
        String origin,
        RunStatus status,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        RunCounts counts,
        String error,
        RunProgress progress) {}
