package id.sinkron.audit;

import java.time.OffsetDateTime;

/** One execution of a route or one push, as auditors see it. */
public record SyncRun(
        long id,
        String source,
        RunTrigger trigger,
        String origin,
        RunStatus status,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        RunCounts counts,
        String error) {}
