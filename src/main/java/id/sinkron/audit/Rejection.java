package id.sinkron.audit;

import id.sinkron.canonical.Reason;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A record a run refused, kept with everything needed to fix it.
 *
 * @param recordNo position in the run: the line number for files and pushes, counted from 1 including the header
 * @param payload the record exactly as received
 */
public record Rejection(
        long id,
        long runId,
        String source,
        int recordNo,
        String sourceRecordId,
        String payload,
        List<Reason> reasons,
        OffsetDateTime rejectedAt) {}
