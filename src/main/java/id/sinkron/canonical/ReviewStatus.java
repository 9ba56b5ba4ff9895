package id.sinkron.canonical;

/** Where a review item stands. */
public enum ReviewStatus {
    /** Waiting for a data steward. */
    OPEN,
    /** Decided: the two persons are one and were merged. */
    MERGED,
    /** Decided: the two persons are different and are kept apart for good. */
    KEPT_APART
}
