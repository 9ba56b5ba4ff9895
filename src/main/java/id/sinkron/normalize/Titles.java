package id.sinkron.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The academic, religious and honorific titles and salutations that Indonesian records write around a name,
 * keyed by their letters without dots ("S.Pd.", "S Pd" and "SPd" are all SPD), each with its canonical form.
 *
 * <p>The rules protect names more than they catch titles, because a lost title costs nothing while an eaten
 * name breaks matching: a title written before the name is taken only while a word follows it (or when it
 * carries a dot); one written after is taken bare only when it cannot be a name, and otherwise only after a
 * comma or with dots. ST is SITI unless written S.T.
 */
final class Titles {

    /** When a degree written after the name is recognised without dots. */
    enum Bare {
        /** Never a name word (SPD, MKES): taken bare anywhere after the name. */
        ANYWHERE,
        /** Short enough to be a name or initials (SH, SE, MM): taken bare only after a comma. */
        AFTER_COMMA,
        /** Also a common abbreviation of a name (ST for SITI): taken only with its dots, S.T. */
        NEVER
    }

    record Title(String canonical, Bare bare) {}

    record Match(int length, String canonical) {}

    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("H", "H."), Map.entry("HJ", "HJ."), Map.entry("KH", "KH."), Map.entry("DR", "DR."), Map.entry("DRS", "DRS."),
            Map.entry("DRA", "DRA."), Map.entry("IR", "IR."), Map.entry("PROF", "PROF."), Map.entry("BPK", "BPK."),
            Map.entry("BAPAK", "BAPAK"), Map.entry("IBU", "IBU"), Map.entry("NY", "NY."), Map.entry("NYONYA", "NYONYA"),
            Map.entry("SDR", "SDR."), Map.entry("SDRI", "SDRI."), Map.entry("SAUDARA", "SAUDARA"), Map.entry("SAUDARI", "SAUDARI"),
            Map.entry("TN", "TN."), Map.entry("ALM", "ALM."), Map.entry("ALMH", "ALMH."), Map.entry("ALMARHUM", "ALMARHUM"),
            Map.entry("ALMARHUMAH", "ALMARHUMAH"), Map.entry("UST", "UST."), Map.entry("USTADZ", "USTADZ"),
            Map.entry("USTADZAH", "USTADZAH"));

    private static final Map<String, Title> AFTER = after();

    private Titles() {}

    private static Map<String, Title> after() {
        Map<String, Title> after = new HashMap<>();
        put(after, Bare.ANYWHERE, "S.PD.", "S.PD.I.", "S.PD.SD.", "S.KOM.", "S.SOS.", "S.KED.", "S.KEP.", "S.FARM.", "S.PSI.", "S.KEB.",
                "S.I.KOM.", "M.SI.", "M.PD.", "M.PD.I.", "M.KES.", "M.KOM.", "MBA", "A.MD.", "A.MD.KEB.", "A.MD.KEP.", "A.MD.KOM.",
                "SP.PD", "SP.OG", "PH.D.");
        put(after, Bare.AFTER_COMMA, "S.H.", "S.H.I.", "S.E.", "S.E.I.", "S.AG.", "S.IP.", "S.SI.", "S.KM.", "S.TP.", "S.PT.", "S.ST.",
                "S.AK.", "S.GZ.", "S.HUT.", "M.M.", "M.H.", "M.T.", "M.AG.", "M.SC.", "SP.A", "SP.B");
        put(after, Bare.NEVER, "S.T.");
        return Map.copyOf(after);
    }

    private static void put(Map<String, Title> after, Bare bare, String... canonicals) {
        for (String canonical : canonicals) {
            after.put(canonical.replace(".", ""), new Title(canonical, bare));
        }
    }

    /** A title written before the name at the start of {@code words}, or null. */
    static Match leading(List<NameToken> words) {
        for (int length = Math.min(3, words.size()); length >= 1; length--) {
            List<NameToken> span = words.subList(0, length);
            String canonical = BEFORE.get(NameToken.letters(span));
            if (canonical == null) {
                continue;
            }
            boolean taken = length == 1
                    ? span.get(0).dotted() || words.size() > 1
                    // K.H.: initials-like spelling, so only with every dot and one letter per part
                    : span.stream().allMatch(t -> t.dotted() && t.text().length() == 1);
            if (taken) {
                return new Match(length, canonical);
            }
        }
        return null;
    }

    /** A degree written after the name, without a comma, at the end of {@code words}, or null. */
    static Match trailing(List<NameToken> words) {
        for (int length = Math.min(4, words.size()); length >= 1; length--) {
            List<NameToken> span = words.subList(words.size() - length, words.size());
            Title title = AFTER.get(NameToken.letters(span));
            if (title == null) {
                continue;
            }
            boolean dotted = NameToken.anyDotted(span);
            boolean taken = title.bare() == Bare.NEVER
                    ? dotted && length > 1
                    : dotted || (title.bare() == Bare.ANYWHERE && words.size() > length);
            if (taken) {
                return new Match(length, title.canonical());
            }
        }
        return null;
    }

    /**
     * The titles that make up a whole comma-separated group ("S.Pd., M.Pd." or "SH"), longest first; null when
     * some word is not a title, so the group is part of the name ("SUTRISNO, BUDI").
     */
    static List<Match> group(List<NameToken> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        for (int length = Math.min(4, words.size()); length >= 1; length--) {
            List<NameToken> span = words.subList(0, length);
            String canonical = inGroup(span);
            if (canonical != null) {
                List<Match> rest = group(words.subList(length, words.size()));
                if (rest != null) {
                    List<Match> all = new ArrayList<>(rest.size() + 1);
                    all.add(new Match(length, canonical));
                    all.addAll(rest);
                    return all;
                }
            }
        }
        return null;
    }

    private static String inGroup(List<NameToken> span) {
        String letters = NameToken.letters(span);
        Title title = AFTER.get(letters);
        if (title != null && (title.bare() != Bare.NEVER || (NameToken.anyDotted(span) && span.size() > 1))) {
            return title.canonical();
        }
        // "SUTRISNO, DRS.": a title of the before kind written after the name, only with its dot
        String before = span.size() == 1 && span.get(0).dotted() ? BEFORE.get(letters) : null;
        return before;
    }
}
