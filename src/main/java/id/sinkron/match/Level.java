package id.sinkron.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One outcome of a {@link Comparison}, with the Fellegi–Sunter probabilities that give it its weight.
 *
 * @param label the human label shown in explanations ("Jaro-Winkler ≥ 0.92")
 * @param kind the predicate deciding whether two values fall into this level
 * @param threshold the predicate's parameter (similarity, edit count, years, prefix length); 0 when unused
 * @param other for {@link LevelKind#SWAPPED}: the field the values are crossed with
 * @param tf whether an exact match is weighted by how frequent the value is (term-frequency adjustment)
 * @param m probability of this level among true matches
 * @param u probability of this level among non-matches
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT) // thresholds of 0, tf false and no 'other' are noise in the file
public record Level(String label, LevelKind kind, double threshold, String other, boolean tf, double m, double u) {

    public Level {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind of level '" + label + "'");
        if (!(m > 0 && m <= 1) || !(u > 0 && u <= 1)) {
            throw new IllegalArgumentException("level '" + label + "': m and u must be in (0, 1], were " + m + " and " + u);
        }
        if (kind == LevelKind.SWAPPED && other == null) {
            throw new IllegalArgumentException("level '" + label + "': a swapped level needs 'other'");
        }
        if ((kind == LevelKind.JARO_WINKLER || kind == LevelKind.PREFIX) && !(threshold > 0)) {
            throw new IllegalArgumentException("level '" + label + "': a " + kind + " level needs a threshold above 0");
        }
        if (tf && kind != LevelKind.EXACT) {
            throw new IllegalArgumentException("level '" + label + "': term-frequency adjustment applies only to exact levels");
        }
    }

    /** The match weight of this level: log2(m / u). */
    public double weight() {
        return log2(m / u);
    }

    /** This level with new probabilities (after estimation). */
    public Level withProbabilities(double newM, double newU) {
        return new Level(label, kind, threshold, other, tf, newM, newU);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
