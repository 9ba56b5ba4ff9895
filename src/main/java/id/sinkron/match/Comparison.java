package id.sinkron.match;

import java.util.List;
import java.util.Objects;

/**
 * Splink's comparison: an ordered list of {@link Level}s over one field; the first level whose predicate holds
 * is the outcome. When either value is missing the outcome is the null level, which weighs 0 (no evidence
 * either way). The last level must be {@link LevelKind#ELSE}.
 *
 * @param name the name shown in explanations and used in hard-negative rules
 * @param field the cleaned field compared
 * @param levels the levels, most specific first
 */
public record Comparison(String name, String field, List<Level> levels) {

    /** The level index reported when a value is missing. */
    public static final int NULL_LEVEL = -1;

    public static final String NULL_LABEL = "null";

    public Comparison {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field of comparison '" + name + "'");
        levels = List.copyOf(levels);
        if (levels.isEmpty() || levels.get(levels.size() - 1).kind() != LevelKind.ELSE) {
            throw new IllegalArgumentException("comparison '" + name + "': the last level must be of kind 'else'");
        }
    }

    /** The index of the level two records fall into, or {@link #NULL_LEVEL} when either value is missing. */
    public int levelOf(MatchRecord a, MatchRecord b) {
        String x = a.value(field);
        String y = b.value(field);
        if (x == null || y == null) {
            return NULL_LEVEL;
        }
        LevelKind.Pair pair = new LevelKind.Pair(x, y, a, b);
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).kind().test(levels.get(i), pair)) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: the last level is 'else'");
    }

    public String label(int level) {
        return level == NULL_LEVEL ? NULL_LABEL : levels.get(level).label();
    }

    /** This comparison with {@code newLevels} (same predicates, new probabilities). */
    public Comparison withLevels(List<Level> newLevels) {
        return new Comparison(name, field, newLevels);
    }
}
