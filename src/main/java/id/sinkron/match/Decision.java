package id.sinkron.match;

/** What the matcher concludes about a pair. */
public enum Decision {
    /** Weight at or above the link threshold and no hard negative: the same person. */
    LINK,
    /** Weight between the review and link thresholds: a person decides; nothing is merged meanwhile. */
    REVIEW,
    /** Weight below the review threshold, or a hard negative: different people. */
    NEW
}
