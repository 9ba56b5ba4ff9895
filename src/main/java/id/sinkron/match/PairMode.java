package id.sinkron.match;

/** Which pairs of records are compared. */
public enum PairMode {
    /** Every pair, whatever the source: deduplication of one dataset. */
    DEDUPE,
    /** Only pairs from different sources: linkage of two datasets (no one-to-one assumption). */
    LINK;

    boolean allows(MatchRecord a, MatchRecord b) {
        return this == DEDUPE || !a.source().equals(b.source());
    }
}
