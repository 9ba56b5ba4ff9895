package id.sinkron.match;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates m, u and the prior from unlabelled records, the way Splink does: u from random pairs; m by
 * expectation–maximisation over the candidate pairs of each training blocking rule, leaving out the comparisons
 * on the rule's own columns (every pair agrees on them, so they would look perfectly reliable); m averaged over
 * the rules that estimated it; finally the prior from the share of matches among all blocked pairs.
 */
public final class EmEstimator {

    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-6;
    private static final double FLOOR = 1e-6;

    private final MatchingModel model;
    private final PairMode mode;
    private final long randomPairs;
    private final long seed;

    /**
     * @param randomPairs how many random pairs to sample for u
     * @param seed the sampling seed, so estimates can be reproduced
     */
    public EmEstimator(MatchingModel model, PairMode mode, long randomPairs, long seed) {
        this.model = model;
        this.mode = mode;
        this.randomPairs = randomPairs;
        this.seed = seed;
    }

    /**
     * @param training the blocking rules whose candidate pairs train m (usually the model's own rules)
     * @param data names the records in the written provenance
     */
    public Estimate estimate(List<MatchRecord> records, List<BlockingRule> training, String data) {
        List<Comparison> comparisons = model.comparisons();
        long[] sampled = new long[1];
        double[][] u = new UEstimator(comparisons, mode).estimate(records, randomPairs, seed, sampled);
        double[][] mSum = new double[comparisons.size()][];
        int[] sessionsPerComparison = new int[comparisons.size()];
        for (int c = 0; c < comparisons.size(); c++) {
            mSum[c] = new double[comparisons.get(c).levels().size()];
        }
        List<Session> sessions = new ArrayList<>();
        long blockedPairs = 0;
        int iterations = 0;
        for (BlockingRule rule : training) {
            boolean[] active = new boolean[comparisons.size()];
            Set<String> ruleSources = model.sourcesOf(rule);
            for (int c = 0; c < comparisons.size(); c++) {
                active[c] = Collections.disjoint(ruleSources, model.sourcesOf(comparisons.get(c)));
            }
            PatternCounts patterns = blocked(records, List.of(rule));
            double[][] m = initialM(comparisons);
            Em em = new Em(patterns, active, m, u);
            double lambda = em.run(0.3);
            blockedPairs += patterns.pairs();
            iterations += em.iterations;
            sessions.add(new Session(rule.name(), patterns.pairs(), em.iterations, lambda));
            for (int c = 0; c < comparisons.size(); c++) {
                if (active[c] && em.seen[c]) {
                    sessionsPerComparison[c]++;
                    for (int l = 0; l < m[c].length; l++) {
                        mSum[c][l] += m[c][l];
                    }
                }
            }
        }
        List<Comparison> estimated = new ArrayList<>();
        double[][] m = initialM(comparisons);
        for (int c = 0; c < comparisons.size(); c++) {
            List<Level> levels = new ArrayList<>();
            for (int l = 0; l < m[c].length; l++) {
                if (sessionsPerComparison[c] > 0) {
                    m[c][l] = Math.max(FLOOR, mSum[c][l] / sessionsPerComparison[c]);
                }
                levels.add(comparisons.get(c).levels().get(l).withProbabilities(round(m[c][l]), round(u[c][l])));
            }
            estimated.add(comparisons.get(c).withLevels(levels));
        }
        double prior = prior(records, m, u);
        MatchingConfig.Estimation how = new MatchingConfig.Estimation("em", data,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sampled[0], blockedPairs, iterations);
        return new Estimate(model.config().estimated(estimated, round(prior), how), sessions, sessionsPerComparison);
    }

    // The share of matches among the candidate pairs of the model's own blocking, scaled to all pairs: blocking is
    // meant to keep (nearly) every match, so matches / all pairs is the prior.
    private double prior(List<MatchRecord> records, double[][] m, double[][] u) {
        PatternCounts patterns = blocked(records, model.blocking());
        boolean[] all = new boolean[m.length];
        java.util.Arrays.fill(all, true);
        double lambdaBlocked = new Em(patterns, all, m, u).lambdaOnly(0.3);
        double allPairs = allPairs(records);
        return Math.min(0.5, Math.max(1e-12, lambdaBlocked * patterns.pairs() / allPairs));
    }

    private double allPairs(List<MatchRecord> records) {
        if (mode == PairMode.DEDUPE) {
            return records.size() * (records.size() - 1) / 2.0;
        }
        Map<String, Long> perSource = records.stream()
                .collect(java.util.stream.Collectors.groupingBy(MatchRecord::source, java.util.stream.Collectors.counting()));
        double total = records.size() * (records.size() - 1) / 2.0;
        for (long n : perSource.values()) {
            total -= n * (n - 1) / 2.0;
        }
        return total;
    }

    private PatternCounts blocked(List<MatchRecord> records, List<BlockingRule> rules) {
        BlockingIndex index = new BlockingIndex(rules, model.config().maxBlockSize(), mode);
        records.forEach(index::add);
        PatternCounts patterns = new PatternCounts(model.comparisons());
        index.forEachPair(patterns::add);
        return patterns;
    }

    private static double[][] initialM(List<Comparison> comparisons) {
        double[][] m = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            m[c] = comparisons.get(c).levels().stream().mapToDouble(Level::m).toArray();
        }
        return m;
    }

    private static double round(double p) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", p));
    }

    /** One training rule's EM run: its candidate pairs, iterations and the match share it found among them. */
    public record Session(String rule, long pairs, int iterations, double lambda) {
    }

    /**
     * @param config the configuration with the estimated parameters
     * @param sessions one per training rule
     * @param sessionsPerComparison how many rules estimated each comparison's m (0: kept from the input)
     */
    public record Estimate(MatchingConfig config, List<Session> sessions, int[] sessionsPerComparison) {
    }

    /** The EM iterations over pattern counts; updates {@code m} in place, u stays fixed. */
    private static final class Em {
        private final PatternCounts patterns;
        private final boolean[] active;
        private final double[][] m;
        private final double[][] u;
        private final boolean[] seen;
        private int iterations;

        Em(PatternCounts patterns, boolean[] active, double[][] m, double[][] u) {
            this.patterns = patterns;
            this.active = active;
            this.m = m;
            this.u = u;
            this.seen = new boolean[m.length];
        }

        double run(double lambda) {
            return iterate(lambda, true);
        }

        double lambdaOnly(double lambda) {
            return iterate(lambda, false);
        }

        private double iterate(double lambda, boolean updateM) {
            for (iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
                double[][] mNum = new double[m.length][];
                double[] mDen = new double[m.length];
                for (int c = 0; c < m.length; c++) {
                    mNum[c] = new double[m[c].length];
                }
                double matches = 0;
                for (Map.Entry<Long, Long> entry : patterns.counts().entrySet()) {
                    long pattern = entry.getKey();
                    double pm = lambda;
                    double pu = 1 - lambda;
                    for (int c = 0; c < m.length; c++) {
                        int level = PatternCounts.level(pattern, c);
                        if (active[c] && level >= 0) {
                            pm *= m[c][level];
                            pu *= u[c][level];
                        }
                    }
                    double p = pm / (pm + pu) * entry.getValue();
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
                if (updateM) {
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
                }
                if (change < CONVERGED) {
                    break;
                }
            }
            return lambda;
        }
    }
}
