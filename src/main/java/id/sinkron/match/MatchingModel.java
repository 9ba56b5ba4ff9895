package id.sinkron.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked {@link MatchingConfig} ready to use: cleaners resolved, every field a rule refers to known. Bad
 * configuration fails here with a message naming the key.
 */
public final class MatchingModel {

    private final MatchingConfig config;
    private final RecordPreparer preparer;
    /** The hard negatives by comparison position and level index, in configuration order; checked for every pair. */
    private final List<Negative> negatives = new ArrayList<>();
    /** Each level's weight by comparison position and level index: log2(m/u) once, not for every pair. */
    private final double[][] weights;

    /**
     * A hard negative's conditions: the position of each comparison it names, and which of that comparison's
     * levels meet it (by index; the null level last).
     */
    private record Negative(String name, int[] comparisons, boolean[][] met) {

        boolean holds(int[] levels) {
            for (int i = 0; i < comparisons.length; i++) {
                int level = levels[comparisons[i]];
                if (!met[i][level == Comparison.NULL_LEVEL ? met[i].length - 1 : level]) {
                    return false;
                }
            }
            return true;
        }
    }

    public MatchingModel(MatchingConfig config, Cleaners cleaners) {
        this.config = config;
        this.preparer = new RecordPreparer(config.fields(), cleaners);
        Set<String> fields = config.fields().keySet();
        for (BlockingRule rule : config.blocking()) {
            rule.fields().forEach(f -> requireField(fields, f, "blocking '" + rule.name() + "'"));
        }
        Set<String> comparisons = new HashSet<>();
        for (Comparison comparison : config.comparisons()) {
            requireField(fields, comparison.field(), "comparison '" + comparison.name() + "'");
            comparison.levels().stream().filter(l -> l.other() != null)
                    .forEach(l -> requireField(fields, l.other(), "comparison '" + comparison.name() + "'"));
            if (!comparisons.add(comparison.name())) {
                throw new IllegalArgumentException("comparison '" + comparison.name() + "' appears twice");
            }
        }
        config.hardNegatives().forEach(negative -> negatives.add(compiled(negative)));
        this.weights = config.comparisons().stream().map(c -> c.levels().stream().mapToDouble(Level::weight).toArray())
                .toArray(double[][]::new);
    }

    /** The weight of level {@code level} of the comparison at {@code position} ({@link Level#weight()}). */
    double weight(int position, int level) {
        return weights[position][level];
    }

    /** A hard negative by comparison position and level index; fails on a comparison or level the model lacks. */
    private Negative compiled(HardNegative negative) {
        List<String> names = config.comparisons().stream().map(Comparison::name).toList();
        int[] positions = new int[negative.when().size()];
        boolean[][] met = new boolean[positions.length][];
        int i = 0;
        for (Map.Entry<String, List<String>> condition : negative.when().entrySet()) {
            String comparison = condition.getKey();
            positions[i] = names.indexOf(comparison);
            if (positions[i] < 0) {
                throw new IllegalArgumentException("hard-negatives '" + negative.name() + "': unknown comparison '" + comparison + "'");
            }
            // the level labels by index, the null level last
            List<String> known = new ArrayList<>(config.comparisons().get(positions[i]).levels().stream().map(Level::label).toList());
            known.add(Comparison.NULL_LABEL);
            condition.getValue().stream().filter(l -> !known.contains(l)).findFirst().ifPresent(l -> {
                throw new IllegalArgumentException("hard-negatives '" + negative.name() + "': comparison '"
                        + comparison + "' has no level '" + l + "'; levels: " + known);
            });
            met[i] = new boolean[known.size()];
            for (int level = 0; level < known.size(); level++) {
                met[i][level] = condition.getValue().contains(known.get(level));
            }
            i++;
        }
        return new Negative(negative.name(), positions, met);
    }

    /**
     * The first hard negative (in configuration order) that a pair meets, given the level it fell into for each
     * comparison ({@link #comparisons()} order, {@link Comparison#NULL_LEVEL} for a missing value); null when none.
     */
    String hardNegative(int[] levels) {
        for (Negative negative : negatives) {
            if (negative.holds(levels)) {
                return negative.name();
            }
        }
        return null;
    }

    private static void requireField(Set<String> fields, String field, String where) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException(where + ": unknown field '" + field + "'; fields: " + fields);
        }
    }

    public MatchingConfig config() {
        return config;
    }

    public RecordPreparer preparer() {
        return preparer;
    }

    public List<Comparison> comparisons() {
        return config.comparisons();
    }

    public List<BlockingRule> blocking() {
        return config.blocking();
    }

    /** The fields whose exact matches are weighted by value frequency. */
    public Set<String> tfFields() {
        Set<String> tf = new HashSet<>();
        config.comparisons().forEach(c -> c.levels().stream().filter(Level::tf).forEach(l -> tf.add(c.field())));
        return tf;
    }

    /** The input columns behind a comparison, so estimation can tell which comparisons a blocking rule biases. */
    Set<String> sourcesOf(Comparison comparison) {
        Set<String> sources = new HashSet<>();
        sources.add(preparer.sourceOf(comparison.field()));
        comparison.levels().stream().filter(l -> l.other() != null).forEach(l -> sources.add(preparer.sourceOf(l.other())));
        return sources;
    }

    Set<String> sourcesOf(BlockingRule rule) {
        Set<String> sources = new HashSet<>();
        rule.fields().forEach(f -> sources.add(preparer.sourceOf(f)));
        return sources;
    }

    /** The blocking keys of {@code record}, one per rule whose fields it has, in configuration order. */
    public List<BlockKey> keys(MatchRecord record) {
        List<BlockKey> keys = new ArrayList<>(config.blocking().size());
        for (BlockingRule rule : config.blocking()) {
            String key = rule.key(record);
            if (key != null) {
                keys.add(new BlockKey(rule.name(), key));
            }
        }
        return keys;
    }

    /** What a score means under the thresholds. */
    public Decision decide(Score score) {
        if (score.hardNegative() != null) {
            return Decision.NEW;
        }
        if (score.weight() >= config.thresholds().link()) {
            return Decision.LINK;
        }
        return score.weight() >= config.thresholds().review() ? Decision.REVIEW : Decision.NEW;
    }
}
