package id.sinkron.match;

import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The string and date similarities the levels use; all take non-null cleaned values. */
final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {
    }

    static double jaroWinkler(String a, String b) {
        return a.equals(b) ? 1.0 : JARO_WINKLER.apply(a, b);
    }

    static boolean withinEdits(String a, String b, int edits) {
        return new LevenshteinDistance(edits).apply(a, b) >= 0;
    }

    static boolean oneOffOrTransposed(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++differences > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    static boolean dayMonthSwapped(String a, String b) {
        String x = digits(a);
        String y = digits(b);
        if (x.length() != 8 || y.length() != 8 || x.equals(y)) {
            return false;
        }
        return x.regionMatches(0, y, 0, 4) && x.regionMatches(4, y, 6, 2) && x.regionMatches(6, y, 4, 2);
    }

    /** Years apart of two dates; {@link Integer#MAX_VALUE} when either has no readable year. */
    static int yearsApart(String a, String b) {
        int x = year(digits(a));
        int y = year(digits(b));
        return x < 0 || y < 0 ? Integer.MAX_VALUE : Math.abs(x - y);
    }

    /** The number its first four characters make, or -1 when they are not four digits. Scored for every pair. */
    private static int year(String date) {
        if (date.length() < 4) {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(date.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            year = year * 10 + digit;
        }
        return year;
    }

    /** See {@link LevelKind#ABBREVIATED}. */
    static boolean abbreviated(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        String[] shorter = x.length <= y.length ? x : y;
        String[] longer = shorter == x ? y : x;
        if (shorter.length < 2 || Arrays.equals(x, y)) {
            return false;
        }
        boolean whole = false;
        int at = 0;
        for (String word : shorter) {
            while (at < longer.length && !sameOrInitial(word, longer[at])) {
                at++;
            }
            if (at == longer.length) {
                return false;
            }
            whole |= word.length() >= 3 && word.equals(longer[at]);
            at++;
        }
        return whole;
    }

    private static boolean sameOrInitial(String a, String b) {
        return a.equals(b) || a.length() == 1 && b.charAt(0) == a.charAt(0) || b.length() == 1 && a.charAt(0) == b.charAt(0);
    }

    /** The words of a text, however many spaces lie between them. */
    private static String[] words(String text) {
        String[] split = text.strip().split(" "); // one character: String.split's fast path, no regular expression
        int kept = 0;
        for (String word : split) {
            if (!word.isEmpty()) {
                split[kept++] = word;
            }
        }
        return kept == split.length ? split : Arrays.copyOf(split, kept);
    }

    static boolean samePrefix(String a, String b, int length) {
        return a.length() >= length && b.length() >= length && a.regionMatches(0, b, 0, length);
    }

    private static String digits(String date) {
        return date.length() == 8 ? date : date.replace("-", "");
    }
}
