package id.sinkron.region;

import java.util.Objects;

/**
 * The village an address resolved to.
 *
 * @param village the village
 * @param confidence 1.0 for a real code or names equal to the reference names; below 1 the product of the
 *     Jaro-Winkler similarities of the names given
 * @param basis what the answer rests on
 */
public record VillageMatch(Region village, double confidence, Basis basis) {

    /** What a match rests on. */
    public enum Basis {
        /** The village code given is a real village. */
        CODE,
        /** Every name given equals a reference name (prefixes, case and punctuation aside), and only one village fits. */
        EXACT_NAMES,
        /** The names are similar enough to one village, and clearly less similar to any other. */
        SIMILAR_NAMES
    }

    public VillageMatch {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(basis, "basis");
        if (village.level() != RegionLevel.VILLAGE) {
            throw new IllegalArgumentException(village.code() + " is not a village");
        }
        if (confidence <= 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in (0, 1]");
        }
    }

    public String code() {
        return village.code();
    }
}
