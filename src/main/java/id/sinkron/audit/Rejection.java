package id.sinkron.audit;

import id.sinkron.canonical.Reason;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A record a run refused, kept with everything needed to fix it.
 *
 * @param recordNo position in the run: the line number for files and pushes, counted from 1 including the header
 * @param payload the record exactly as received: the text of its line(s) for files and pushes (of a line over the
 *     length cap, its start, marked truncated; bytes not valid in the charset show as U+FFFD), JSON for rows handed
 *     over as maps
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
