package id.sinkron.match;

import java.util.Map;

/**
 * Expectation–maximisation over the pattern counts of one training rule: updates m in place for the active
 * comparisons (those not on the rule's own columns), keeps u fixed, and finds λ, the share of matches among
 * the rule's pairs.
 */
final class EmSession {

    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-6;
    private static final double FLOOR = 1e-6;

    private final PatternCounts patterns;
    private final boolean[] active;
    private final double[][] m;
    private final double[][] u;
    private final boolean[] seen;
    private double lambda = 0.3;
    private int iterations;

    EmSession(PatternCounts patterns, boolean[] active, double[][] m, double[][] u) {
        this.patterns = patterns;
        this.active = active;
        this.m = m;
        this.u = u;
        this.seen = new boolean[m.length];
    }

    void run() {
        for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
            double[][] mNum = new double[m.length][];
            double[] mDen = new double[m.length];
            for (int c = 0; c < m.length; c++) {
                mNum[c] = new double[m[c].length];
            }
            double matches = 0;
            for (Map.Entry<PatternCounts.Pattern, Long> entry : patterns.counts().entrySet()) {
                long pattern = entry.getKey().levels();
                double p = posterior(pattern) * entry.getValue();
                matches += p;
                for (int c = 0; c < m.length; c++) {
                    int level = PatternCounts.level(pattern, c);
                    if (active[c] && level >= 0) {
                        mNum[c][level] += p;
                        mDen[c] += p;
                    }
                }
            }
            double newLambda = patterns.pairs() == 0 ? lambda : matches / patterns.pairs();
            double change = Math.abs(newLambda - lambda);
            lambda = newLambda;
            for (int c = 0; c < m.length; c++) {
                if (active[c] && mDen[c] > 0) {
                    seen[c] = true;
                    for (int l = 0; l < m[c].length; l++) {
                        double next = Math.max(FLOOR, mNum[c][l] / mDen[c]);
                        change = Math.max(change, Math.abs(next - m[c][l]));
                        m[c][l] = next;
                    }
                }
            }
            if (change < CONVERGED) {
                break;
            }
        }
    }

    private double posterior(long pattern) {
        double pm = lambda;
        double pu = 1 - lambda;
        for (int c = 0; c < m.length; c++) {
            int level = PatternCounts.level(pattern, c);
            if (active[c] && level >= 0) {
                pm *= m[c][level];
                pu *= u[c][level];
            }
        }
        return pm / (pm + pu);
    }

    /**
     * For each training rule, the share of this session's expected matches that also share that rule's key:
     * an estimate of the rule's recall, which turns another rule's match count into a total.
     */
    double[] recallOf(int rules) {
        double[] shared = new double[rules];
        double total = 0;
        for (Map.Entry<PatternCounts.Pattern, Long> entry : patterns.counts().entrySet()) {
            double p = posterior(entry.getKey().levels()) * entry.getValue();
            total += p;
            for (int r = 0; r < rules; r++) {
                if ((entry.getKey().rules() & (1 << r)) != 0) {
                    shared[r] += p;
                }
            }
        }
        for (int r = 0; r < rules; r++) {
            shared[r] = total == 0 ? 0 : shared[r] / total;
        }
        return shared;
    }

    double lambda() {
        return lambda;
    }

    int iterations() {
        return iterations;
    }

    boolean estimated(int comparison) {
        return seen[comparison];
    }

    long pairs() {
        return patterns.pairs();
    }
}
