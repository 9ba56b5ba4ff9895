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
 * Written the old way (WAJAN, KTUT) they are the same names. After I or NI, and only there, the usual
 * abbreviations are read too (I W. SUDARTA, NI KT. SARI, I MD. MERTHA, NI NYM. SUCIATI): a single K is taken for
 * KETUT, the commonest of the names it may stand for. A single G or N is not read: I G. N. RAI is I GUSTI NGURAH
 * RAI, a noble's name, not a birth order.
 */
final class BirthOrders {

    private static final Map<String, Integer> ORDER = Map.ofEntries(
            Map.entry("WAYAN", 1), Map.entry("GEDE", 1), Map.entry("PUTU", 1), Map.entry("LUH", 0),
            Map.entry("MADE", 2), Map.entry("KADEK", 2), Map.entry("NENGAH", 2),
            Map.entry("NYOMAN", 3), Map.entry("KOMANG", 3),
            Map.entry("KETUT", 4),
            Map.entry("WAJAN", 1), Map.entry("KTUT", 4));

    /** Abbreviations, read only after the gender marker: alone, W or K could be anyone's initial. */
    private static final Map<String, Integer> ABBREVIATED = Map.ofEntries(
            Map.entry("W", 1), Map.entry("WY", 1), Map.entry("GD", 1), Map.entry("P", 1), Map.entry("PT", 1),
            Map.entry("M", 2), Map.entry("MD", 2), Map.entry("KD", 2), Map.entry("NGH", 2),
            Map.entry("NYM", 3), Map.entry("KMG", 3),
            Map.entry("K", 4), Map.entry("KT", 4), Map.entry("KTT", 4));

    private BirthOrders() {}

    /** Takes the marker and birth-order names off the front of {@code words}; the birth order, or 0 when none. */
    static int strip(List<NameToken> words) {
        boolean marked = words.size() > 2 && isGender(words.get(0).text());
        int at = marked && order(words.get(1).text(), true) != null ? 1 : 0;
        int order = -1;
        int end = at;
        for (; end < words.size() - 1; end++) {
            Integer named = order(words.get(end).text(), at == 1);
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

    private static Integer order(String word, boolean marked) {
        Integer named = ORDER.get(word);
        return named == null && marked ? ABBREVIATED.get(word) : named;
    }

    private static boolean isGender(String word) {
        return word.equals("I") || word.equals("NI");
    }
}
