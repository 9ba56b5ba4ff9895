package id.sinkron.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names the Indonesian way: upper case, single spaces, punctuation gone, and academic, religious and honorific
 * titles taken apart from the name ("Hj. Sri Wahyuni, S.Pd." is SRI WAHYUNI with HJ. and S.PD.). Spelling is
 * left as written; old-spelling folding belongs to matching.
 */
public final class Names {

    /** Titles written before a name, keyed by their letters without dots. */
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("H", "H."), Map.entry("HJ", "HJ."), Map.entry("KH", "KH."), Map.entry("DR", "DR."),
            Map.entry("DRS", "DRS."), Map.entry("DRA", "DRA."), Map.entry("IR", "IR."), Map.entry("PROF", "PROF."),
            Map.entry("BPK", "BPK."), Map.entry("BAPAK", "BAPAK"), Map.entry("IBU", "IBU"), Map.entry("NY", "NY."),
            Map.entry("NYONYA", "NYONYA"), Map.entry("SDR", "SDR."), Map.entry("SDRI", "SDRI."), Map.entry("TN", "TN."),
            Map.entry("ALM", "ALM."), Map.entry("ALMH", "ALMH."), Map.entry("USTADZ", "USTADZ"), Map.entry("UST", "UST."));

    /** Degrees written after a name, keyed by their letters without dots. */
    private static final Map<String, String> AFTER = Map.ofEntries(
            Map.entry("SPD", "S.PD."), Map.entry("SPDI", "S.PD.I."), Map.entry("SH", "S.H."), Map.entry("SE", "S.E."),
            Map.entry("SKOM", "S.KOM."), Map.entry("ST", "S.T."), Map.entry("SSOS", "S.SOS."), Map.entry("SAG", "S.AG."),
            Map.entry("SKED", "S.KED."), Map.entry("SKEP", "S.KEP."), Map.entry("SFARM", "S.FARM."), Map.entry("SIP", "S.IP."),
            Map.entry("SSI", "S.SI."), Map.entry("SPSI", "S.PSI."), Map.entry("SHI", "S.H.I."), Map.entry("SKM", "S.KM."),
            Map.entry("STP", "S.TP."), Map.entry("SPT", "S.PT."), Map.entry("SKEB", "S.KEB."), Map.entry("SST", "S.ST."),
            Map.entry("SAK", "S.AK."), Map.entry("SGZ", "S.GZ."), Map.entry("SHUT", "S.HUT."), Map.entry("SIKOM", "S.I.KOM."),
            Map.entry("MSI", "M.SI."), Map.entry("MM", "M.M."), Map.entry("MPD", "M.PD."), Map.entry("MH", "M.H."),
            Map.entry("MKES", "M.KES."), Map.entry("MT", "M.T."), Map.entry("MKOM", "M.KOM."), Map.entry("MAG", "M.AG."),
            Map.entry("MSC", "M.SC."), Map.entry("MBA", "MBA"), Map.entry("AMD", "A.MD."), Map.entry("AMDKEB", "A.MD.KEB."),
            Map.entry("AMDKEP", "A.MD.KEP."), Map.entry("SPA", "SP.A."), Map.entry("SPPD", "SP.PD."), Map.entry("SPOG", "SP.OG."),
            Map.entry("SPB", "SP.B."), Map.entry("PHD", "PH.D."));

    /** Degrees that are also plausible name words (ST = SITI): only taken as titles after a comma or with dots. */
    private static final List<String> AMBIGUOUS_AFTER = List.of("ST", "MT", "SE", "MM", "SH", "SPA");

    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}' -]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {}

    /** The name and its titles; null for blank; IllegalArgumentException when no name is left. */
    public static PersonName normalize(String raw) {
        String text = Texts.upper(raw);
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> tokens = new ArrayList<>(Arrays.asList(SPACES.split(parts[0].strip())));
        tokens.removeIf(String::isEmpty);

        while (tokens.size() > 1 && BEFORE.containsKey(letters(tokens.get(0)))) {
            before.add(BEFORE.get(letters(tokens.remove(0))));
        }
        if (tokens.size() == 1 && tokens.get(0).endsWith(".") && BEFORE.containsKey(letters(tokens.get(0)))) {
            // "Dr." alone is a title with no name; "H" without a dot may be a name
            before.add(BEFORE.get(letters(tokens.remove(0))));
        }
        List<String> trailing = new ArrayList<>();
        while (tokens.size() > 1) {
            String last = tokens.get(tokens.size() - 1);
            String title = AFTER.get(letters(last));
            if (title == null || (AMBIGUOUS_AFTER.contains(letters(last)) && !last.contains("."))) {
                break;
            }
            trailing.add(0, title);
            tokens.remove(tokens.size() - 1);
        }
        after.addAll(trailing);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            List<String> words = Arrays.asList(SPACES.split(part));
            String joined = letters(String.join("", words));
            if (AFTER.containsKey(joined)) {
                after.add(AFTER.get(joined));
            } else if (words.stream().allMatch(w -> AFTER.containsKey(letters(w)))) {
                words.forEach(w -> after.add(AFTER.get(letters(w))));
            } else {
                // not a degree: part of the name written with a comma (e.g. "SUTRISNO, BUDI")
                tokens.addAll(words);
            }
        }

        String name = SPACES.matcher(NOT_NAME.matcher(String.join(" ", tokens)).replaceAll(" ")).replaceAll(" ").strip();
        name = name.replaceAll("(^| )-+|-+( |$)", " ").strip();
        if (name.chars().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException(before.isEmpty() && after.isEmpty()
                    ? "name '" + text + "' has no letters"
                    : "name '" + text + "' has no letters besides titles");
        }
        List<String> titles = new ArrayList<>(before);
        titles.addAll(after);
        return new PersonName(name, titles);
    }

    private static String letters(String token) {
        return token.replace(".", "").replace(" ", "");
    }
}
