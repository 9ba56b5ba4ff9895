package id.sinkron.match;

import java.util.List;

/** Fellegi–Sunter scoring of a pair under a {@link MatchingModel}, with term-frequency adjustment. */
public final class Scorer {

    private final MatchingModel model;
    private final Frequencies frequencies;
    private final double priorWeight;

    public Scorer(MatchingModel model, Frequencies frequencies) {
        this.model = model;
        this.frequencies = frequencies;
        double prior = model.config().prior();
        this.priorWeight = Level.log2(prior / (1 - prior));
    }

    public Score score(MatchRecord a, MatchRecord b) {
        List<Comparison> comparisons = model.comparisons();
        int[] levels = new int[comparisons.size()];
        ComparisonResult[] results = new ComparisonResult[comparisons.size()];
        double weight = priorWeight;
        for (int i = 0; i < levels.length; i++) {
            Comparison comparison = comparisons.get(i);
            int index = comparison.levelOf(a, b);
            double levelWeight = index == Comparison.NULL_LEVEL ? 0 : weight(i, comparison, index, a);
            weight += levelWeight;
            levels[i] = index;
            results[i] = new ComparisonResult(comparison.name(), comparison.label(index), levelWeight);
        }
        return new Score(weight, List.of(results), model.hardNegative(levels));
    }

    /** Whether a hard-negative rule keeps the two records apart. */
    public boolean apart(MatchRecord a, MatchRecord b) {
        return score(a, b).hardNegative() != null;
    }

    // Splink's adjustment: an exact match on value v is as likely among non-matches as v is frequent, so the
    // average u of the level is replaced by the frequency of v (floored, so a unique value cannot weigh forever).
    // The level's u stands for tf-prior-records records beside those counted, so a share measured among few
    // records moves the weight little.
    private double weight(int i, Comparison comparison, int index, MatchRecord a) {
        Level level = comparison.levels().get(index);
        if (!level.tf()) {
            return model.weight(i, index);
        }
        Frequencies.Count count = frequencies.count(comparison.field(), a.value(comparison.field()));
        if (count == null || count.total() <= 0 || count.count() <= 0) {
            return model.weight(i, index);
        }
        double prior = model.config().tfPriorRecords();
        double u = (count.count() + level.u() * prior) / (count.total() + prior);
        return Level.log2(level.m() / Math.max(u, model.config().tfMinimumU()));
    }
}
