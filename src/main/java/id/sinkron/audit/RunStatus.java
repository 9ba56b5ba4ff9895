package id.sinkron.audit;

/** Where a sync run stands. */
public enum RunStatus {
    /** Still reading; the counts grow as batches commit. */
    RUNNING,
    /** Every record was read and either stored or rejected. */
    SUCCEEDED,
    /** The run stopped early; see its error. Batches committed before the failure stay. */
    FAILED
}
