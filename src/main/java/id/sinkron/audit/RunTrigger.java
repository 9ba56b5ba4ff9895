package id.sinkron.audit;

/** What started a sync run. */
public enum RunTrigger {
    /** A Camel route pulled from the source. */
    ROUTE,
    /** The agency pushed records to the HTTP API. */
    PUSH
}
