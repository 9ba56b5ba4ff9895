package id.sinkron.ingest;

import id.sinkron.audit.RunCounts;
import id.sinkron.audit.RunStatus;

/**
 * How a sync run ended.
 *
 * @param badInput true when the run failed because the input as a whole could not be read (the caller's fault)
 */
public record RunResult(long runId, String source, RunStatus status, RunCounts counts, String error, boolean badInput) {}
