package id.sinkron.normalize;

import java.util.List;
import java.util.Map;

/**
 * Balinese birth-order names at the front of a name: I WAYAN SUDARTA, WAYAN SUDARTA and GEDE SUDARTA are all the
 * first-born SUDARTA. The names cycle with the children (a fifth child is WAYAN again), so they say little about
 * who a person is, and records drop, swap or add them freely.
 *
 * <p>Taken off only at the front and only while a word follows, so a person called KETUT, or I WAYAN, keeps the
 * name. The gender markers I (male) and NI (female) go with them, and only with them: I SUDARTA keeps its I. LUH
 * (female, NI LUH) counts as first-born unless a birth-order name follows it (NI LUH MADE is second-born).
 */
final class BirthOrders {

    private static final Map<String, Integer> ORDER = Map.ofEntries(
            Map.entry("WAYAN", 1), Map.entry("GEDE", 1), Map.entry("PUTU", 1), Map.entry("LUH", 0),
            Map.entry("MADE", 2), Map.entry("KADEK", 2), Map.entry("NENGAH", 2),
            Map.entry("NYOMAN", 3), Map.entry("KOMANG", 3),
            Map.entry("KETUT", 4));

    private BirthOrders() {}

    /** Takes the marker and birth-order names off the front of {@code words}; the birth order, or 0 when none. */
    static int strip(List<NameToken> words) {
        int at = words.size() > 2 && isGender(words.get(0).text()) && ORDER.containsKey(words.get(1).text()) ? 1 : 0;
        int order = -1;
        int end = at;
        for (; end < words.size() - 1; end++) {
            Integer named = ORDER.get(words.get(end).text());
            if (named == null) {
                break;
            }
            // LUH is 0 here: it marks a woman, and the first-born only when nothing more precise follows
            order = named > 0 ? named : Math.max(order, 1);
        }
        if (order < 0) {
            return 0;
        }
        words.subList(0, end).clear();
        return order;
    }

    private static boolean isGender(String word) {
        return word.equals("I") || word.equals("NI");
    }
}
