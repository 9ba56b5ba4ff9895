package id.sinkron.camel;

import id.sinkron.ingest.RunResult;

/**
 * Thrown into the route when a sync run failed because the input as a whole is unreadable (no header, a
 * column named twice). Trying again cannot help, so routes do not redeliver it.
 */
public class InputRefused extends SyncRunFailed {

    public InputRefused(RunResult result) {
        super(result);
    }
}
