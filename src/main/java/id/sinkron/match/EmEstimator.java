package id.sinkron.match;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Estimates m, u and the prior from unlabelled records, the way Splink does: u from random pairs; m by
 * expectation–maximisation over the candidate pairs of each training blocking rule, leaving out the comparisons
 * on the rule's own columns (every pair agrees on them, so they would look perfectly reliable); m averaged over
 * the rules that estimated it. The prior comes from each rule's expected match count divided by its recall,
 * where the recall of a rule is measured among the matches the other rules find.
 */
public final class EmEstimator {

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
     * @param training the blocking rules whose candidate pairs train m (usually the model's own rules; at most 31)
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
        List<EmSession> runs = new ArrayList<>();
        for (BlockingRule rule : training) {
            boolean[] active = new boolean[comparisons.size()];
            Set<String> ruleSources = model.sourcesOf(rule);
            for (int c = 0; c < comparisons.size(); c++) {
                active[c] = Collections.disjoint(ruleSources, model.sourcesOf(comparisons.get(c)));
            }
            double[][] m = initialM(comparisons);
            EmSession session = new EmSession(blocked(records, rule, training), active, m, u);
            session.run();
            runs.add(session);
            for (int c = 0; c < comparisons.size(); c++) {
                if (active[c] && session.estimated(c)) {
                    sessionsPerComparison[c]++;
                    for (int l = 0; l < m[c].length; l++) {
                        mSum[c][l] += m[c][l];
                    }
                }
            }
        }
        List<Comparison> estimated = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            List<Level> levels = new ArrayList<>();
            for (int l = 0; l < mSum[c].length; l++) {
                Level level = comparisons.get(c).levels().get(l);
                double m = sessionsPerComparison[c] > 0 ? mSum[c][l] / sessionsPerComparison[c] : level.m();
                levels.add(level.withProbabilities(round(Math.max(1e-6, m)), round(u[c][l])));
            }
            estimated.add(comparisons.get(c).withLevels(levels));
        }
        List<Session> sessions = new ArrayList<>();
        double matches = matches(runs, training, sessions);
        double prior = Math.min(0.5, Math.max(1e-12, matches / allPairs(records)));
        MatchingConfig.Estimation how = new MatchingConfig.Estimation("em", data,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sampled[0],
                runs.stream().mapToLong(EmSession::pairs).sum(), runs.stream().mapToInt(EmSession::iterations).sum());
        return new Estimate(model.config().estimated(estimated, round(prior), how), sessions, sessionsPerComparison);
    }

    // Each rule finds λ·pairs matches, which is its recall times all matches; the recall of rule r is the share of
    // the other rules' matches that also share r's key. The median over the rules resists one badly estimated rule.
    private static double matches(List<EmSession> runs, List<BlockingRule> training, List<Session> sessions) {
        double[][] recalls = new double[runs.size()][];
        for (int s = 0; s < runs.size(); s++) {
            recalls[s] = runs.get(s).recallOf(training.size());
        }
        List<Double> totals = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            double recall = 0;
            for (int s = 0; s < runs.size(); s++) {
                recall += s == r ? 0 : recalls[s][r] / (runs.size() - 1);
            }
            if (runs.size() == 1) {
                recall = 1; // nothing to measure it against: assume the rule finds every match
            }
            EmSession run = runs.get(r);
            double found = run.lambda() * run.pairs();
            sessions.add(new Session(training.get(r).name(), run.pairs(), run.iterations(), run.lambda(), recall));
            if (recall > 0.05) {
                totals.add(found / recall);
            }
        }
        if (totals.isEmpty()) {
            return 1;
        }
        Collections.sort(totals);
        int middle = totals.size() / 2;
        return totals.size() % 2 == 1 ? totals.get(middle) : (totals.get(middle - 1) + totals.get(middle)) / 2;
    }

    private double allPairs(List<MatchRecord> records) {
        double total = records.size() * (records.size() - 1) / 2.0;
        if (mode == PairMode.LINK) {
            Map<String, Long> perSource = records.stream().collect(Collectors.groupingBy(MatchRecord::source, Collectors.counting()));
            for (long n : perSource.values()) {
                total -= n * (n - 1) / 2.0;
            }
        }
        return total;
    }

    private PatternCounts blocked(List<MatchRecord> records, BlockingRule rule, List<BlockingRule> training) {
        BlockingIndex index = new BlockingIndex(List.of(rule), model.config().maxBlockSize(), mode);
        records.forEach(index::add);
        PatternCounts patterns = new PatternCounts(model.comparisons(), training);
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
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", p));
    }

    /**
     * One training rule's EM run.
     *
     * @param pairs its candidate pairs
     * @param lambda the share of matches among them
     * @param recall the share of all matches the rule finds, as measured by the other rules
     */
    public record Session(String rule, long pairs, int iterations, double lambda, double recall) {
    }

    /**
     * @param config the configuration with the estimated parameters
     * @param sessions one per training rule
     * @param sessionsPerComparison how many rules estimated each comparison's m (0: kept from the input)
     */
    public record Estimate(MatchingConfig config, List<Session> sessions, int[] sessionsPerComparison) {
    }
}
