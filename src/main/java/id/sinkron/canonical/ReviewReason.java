package id.sinkron.canonical;

/** Why ingestion asks a data steward whether two persons are one. */
public enum ReviewReason {
    /** The record's best candidate weighed between the review and link thresholds: the record started a new person. */
    REVIEW_BAND,
    /** The record linked two persons holding different NIKs: not merged automatically. */
    CONFLICTING_NIKS,
    /** The record linked two persons a steward kept apart: not merged; opened once per pair. */
    KEPT_APART,
    /** The record linked two persons whose golden records meet a hard negative (twins, father and son): not merged. */
    MULTIPLE_PERSONS
}
