package id.sinkron.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a {@link Level} decides whether two values fall into it. The parameter of the level
 * ({@link Level#threshold()}, {@link Level#other()}) tunes the predicate.
 */
public enum LevelKind {
    /** Equal cleaned values. */
    @JsonProperty("exact") EXACT,
    /** Jaro-Winkler similarity at least {@code threshold}. */
    @JsonProperty("jaro-winkler") JARO_WINKLER,
    /** Levenshtein distance at most {@code threshold} (an integer). */
    @JsonProperty("edit-distance") EDIT_DISTANCE,
    /** Same length and one digit (character) different, or two adjacent ones transposed: a typing slip in an id. */
    @JsonProperty("one-digit-off-or-transposed") ONE_DIGIT_OFF_OR_TRANSPOSED,
    /** Dates ({@code yyyyMMdd} or {@code yyyy-MM-dd}) of the same year with day and month swapped. */
    @JsonProperty("day-month-swapped") DAY_MONTH_SWAPPED,
    /** Dates whose years are at most {@code threshold} apart. */
    @JsonProperty("year-within") YEAR_WITHIN,
    /** The first {@code threshold} characters equal (a district code inside a village code, a postcode area). */
    @JsonProperty("prefix") PREFIX,
    /**
     * Names (words separated by spaces) where the words of the one with fewer words (two at least) are found in the
     * other, in order, each whole or as its initial, one of three letters or more whole: a word shortened to its
     * initial (ABDUL H / ABDUL HUSEIN, B YULIANTO / BAMBANG YULIANTO) or left out, first, in the middle or last
     * (RIZKI RAMADHAN / MUHAMMAD RIZKI RAMADHAN, SITI AMINAH / SITI NUR AMINAH / SITI AMINAH ZAHRA). A word is never
     * cut short otherwise (ANDI SAPUTRA is not ANDIKA SAPUTRA); a name of one word is never an abbreviation of
     * another, nor are names of the same words.
     */
    @JsonProperty("abbreviated") ABBREVIATED,
    /** This field of one record equals (Jaro-Winkler at least {@code threshold}, default exact) field {@code other} of
     * the other record: given name and surname swapped. */
    @JsonProperty("swapped") SWAPPED,
    /** Everything else; the last level of every comparison. */
    @JsonProperty("else") ELSE;

    /**
     * The values {@code x} of {@code a} and {@code y} of {@code b} (neither null) that one comparison's levels are
     * tested on, in order. A name's levels ask for the same Jaro-Winkler similarity at two thresholds: it is
     * computed once, at the first level that needs it.
     */
    static final class Pair {

        private final String x;
        private final String y;
        private final MatchRecord a;
        private final MatchRecord b;
        private double jaroWinkler = Double.NaN;

        Pair(String x, String y, MatchRecord a, MatchRecord b) {
            this.x = x;
            this.y = y;
            this.a = a;
            this.b = b;
        }

        private double jaroWinkler() {
            if (Double.isNaN(jaroWinkler)) {
                jaroWinkler = Similarity.jaroWinkler(x, y);
            }
            return jaroWinkler;
        }
    }

    /** Whether the pair's values fall into {@code level}. */
    boolean test(Level level, Pair pair) {
        String x = pair.x;
        String y = pair.y;
        return switch (this) {
            case EXACT -> x.equals(y);
            case JARO_WINKLER -> pair.jaroWinkler() >= level.threshold();
            case EDIT_DISTANCE -> Similarity.withinEdits(x, y, (int) level.threshold());
            case ONE_DIGIT_OFF_OR_TRANSPOSED -> Similarity.oneOffOrTransposed(x, y);
            case DAY_MONTH_SWAPPED -> Similarity.dayMonthSwapped(x, y);
            case YEAR_WITHIN -> Similarity.yearsApart(x, y) <= level.threshold();
            case PREFIX -> Similarity.samePrefix(x, y, (int) level.threshold());
            case ABBREVIATED -> Similarity.abbreviated(x, y);
            case SWAPPED -> swapped(level, x, y, pair.a, pair.b);
            case ELSE -> true;
        };
    }

    private static boolean swapped(Level level, String x, String y, MatchRecord a, MatchRecord b) {
        double min = level.threshold() > 0 ? level.threshold() : 1.0;
        String aOther = a.value(level.other());
        String bOther = b.value(level.other());
        return aOther != null && Similarity.jaroWinkler(aOther, y) >= min
                || bOther != null && Similarity.jaroWinkler(x, bOther) >= min;
    }
}
