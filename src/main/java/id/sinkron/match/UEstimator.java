package id.sinkron.match;

import java.util.List;
import java.util.Random;

/**
 * Estimates u, the probability of each level among non-matches, from pairs drawn at random: almost all of them
 * are different people. All pairs are used when there are no more than the sample size.
 */
final class UEstimator {

    private final List<Comparison> comparisons;
    private final PairMode mode;

    UEstimator(List<Comparison> comparisons, PairMode mode) {
        this.comparisons = comparisons;
        this.mode = mode;
    }

    /** @return u[comparison][level], Laplace-smoothed so that an unseen level is rare but not impossible */
    double[][] estimate(List<MatchRecord> records, long maxPairs, long seed, long[] sampled) {
        long[][] counts = new long[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            counts[c] = new long[comparisons.get(c).levels().size()];
        }
        int n = records.size();
        long all = (long) n * (n - 1) / 2;
        long pairs = 0;
        if (all <= maxPairs) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    pairs += count(records.get(i), records.get(j), counts);
                }
            }
        } else {
            Random random = new Random(seed);
            long attempts = 0;
            while (pairs < maxPairs && attempts++ < maxPairs * 20) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                if (i != j) {
                    pairs += count(records.get(i), records.get(j), counts);
                }
            }
        }
        sampled[0] = pairs;
        double[][] u = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            long total = 0;
            for (long k : counts[c]) {
                total += k;
            }
            u[c] = new double[counts[c].length];
            for (int l = 0; l < counts[c].length; l++) {
                u[c][l] = (counts[c][l] + 1.0) / (total + counts[c].length);
            }
        }
        return u;
    }

    private int count(MatchRecord a, MatchRecord b, long[][] counts) {
        if (!mode.allows(a, b)) {
            return 0;
        }
        for (int c = 0; c < comparisons.size(); c++) {
            int level = comparisons.get(c).levelOf(a, b);
            if (level != Comparison.NULL_LEVEL) {
                counts[c][level]++;
            }
        }
        return 1;
    }
}
