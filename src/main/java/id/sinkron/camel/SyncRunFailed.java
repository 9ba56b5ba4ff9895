package id.sinkron.camel;

import id.sinkron.ingest.RunResult;

/** Thrown into the route when a sync run fails, so the route's error handler (redelivery, failed-file handling) sees it. */
public class SyncRunFailed extends RuntimeException {

    private final transient RunResult result;

    public SyncRunFailed(RunResult result) {
        super("sync run " + result.runId() + " of source " + result.source() + " failed: " + result.error());
        this.result = result;
    }

    public RunResult result() {
        return result;
    }
}
