package id.sinkron.match;

import java.util.List;

/**
 * How strongly two records look like the same person, and why.
 *
 * @param weight the match weight: log2 of the prior odds plus every comparison's weight
 * @param results each comparison's level and weight, in configuration order
 * @param hardNegative the name of the hard-negative rule the pair meets, or null
 */
public record Score(double weight, List<ComparisonResult> results, String hardNegative) {

    public Score {
        results = List.copyOf(results);
    }

    /** The match probability the weight stands for. */
    public double probability() {
        double odds = Math.pow(2, weight);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /** The level two records fell into for {@code comparison}, or null if there is no such comparison. */
    public String level(String comparison) {
        return results.stream().filter(r -> r.comparison().equals(comparison)).map(ComparisonResult::level)
                .findFirst().orElse(null);
    }
}
