package id.sinkron.match;

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
        return x.substring(0, 4).equals(y.substring(0, 4))
                && x.substring(4, 6).equals(y.substring(6, 8)) && x.substring(6, 8).equals(y.substring(4, 6));
    }

    /** Years apart of two dates; {@link Integer#MAX_VALUE} when either has no readable year. */
    static int yearsApart(String a, String b) {
        String x = digits(a);
        String y = digits(b);
        if (x.length() < 4 || y.length() < 4) {
            return Integer.MAX_VALUE;
        }
        return Math.abs(Integer.parseInt(x.substring(0, 4)) - Integer.parseInt(y.substring(0, 4)));
    }

    static boolean samePrefix(String a, String b, int length) {
        return a.length() >= length && b.length() >= length && a.regionMatches(0, b, 0, length);
    }

    private static String digits(String date) {
        return date.length() == 8 ? date : date.replace("-", "");
    }
}
