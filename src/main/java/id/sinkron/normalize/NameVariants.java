package id.sinkron.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spellings of one name word that stand for the same name, each mapped to one canonical form. Keys are in EYD
 * spelling ({@link OldSpelling} runs first), so MOCH. arrives as MOKH and NOER as NUR.
 *
 * <p>Chinese-Indonesian surnames were written in a Dutch-based spelling of Hokkien (TJOA, OEI, LIEM, KWEE, THIO);
 * the canonical form is that spelling in EYD with the Dutch IE and doubled vowels simplified and the aspirating H
 * dropped, as families who respelled their names write them now: TJOA/COA/CHUA→CUA, OEI/OEY/WIE/WI→UI, LIE/LEE→LI,
 * LIEM→LIM, KWEE→KWE, THIO→TIO, THE/TEE→TE, GOUW→GO, LAUW→LAU, KHO→KO, NJOO→YO, JAP→YAP, PHOA→POA, SIE→SI.
 */
final class NameVariants {

    private static final Map<String, String> CANONICAL = canonical();

    /** Letters that an Arabic article assimilates to: ABDURRAHMAN is ABDUL RAHMAN. */
    private static final String SUN_LETTERS = "RSNTDZL";

    private NameVariants() {}

    private static Map<String, String> canonical() {
        Map<String, String> canonical = new HashMap<>();
        put(canonical, "MUHAMMAD", "MUHAMAD", "MOHAMMAD", "MOHAMAD", "MOHAMMED", "MOHAMED", "MUHAMMED", "MUHAMED", "MUHAMMAT",
                "MUKHAMMAD", "MUKHAMAD", "MOKHAMMAD", "MOKHAMAD", "MOKHAMED", "MOKH", "MUKH", "MOH", "MOHD", "MUH", "MUHD", "MHD");
        put(canonical, "ABDUL", "ABD", "ABDOL");
        put(canonical, "NUR", "NOOR", "NOUR");
        put(canonical, "SITI", "ST", "SITTI");
        put(canonical, "CUA", "COA", "KHUA");
        put(canonical, "UI", "UY", "WI", "WIE", "WEE");
        put(canonical, "LI", "LIE", "LEE");
        put(canonical, "LIM", "LIEM");
        put(canonical, "KWE", "KWEE");
        put(canonical, "TIO", "THIO");
        put(canonical, "TE", "THE", "TEE");
        put(canonical, "SI", "SIE");
        put(canonical, "GO", "GOUW", "GOW");
        put(canonical, "LAU", "LAUW");
        put(canonical, "LIAU", "LIAUW");
        put(canonical, "KO", "KHO");
        put(canonical, "KOU", "KHOUW", "KHOU");
        put(canonical, "YO", "NYOO", "NYO");
        put(canonical, "YAP", "JAP");
        put(canonical, "POA", "PHOA");
        return Map.copyOf(canonical);
    }

    private static void put(Map<String, String> canonical, String name, String... variants) {
        for (String variant : variants) {
            canonical.put(variant, name);
        }
    }

    /** The canonical form of one EYD word. */
    static String canonical(String word) {
        return CANONICAL.getOrDefault(word, word);
    }

    /**
     * ABDURRAHMAN, ABDURAHMAN and ABDULRAHMAN as the two words ABDUL RAHMAN (the Arabic article written as one word
     * with the name that follows, assimilated or not); ABDULLAH (Abd Allah) and ABDUH stay one word. Null when the
     * word is not such a compound.
     */
    static List<String> splitAbdul(String word) {
        if (!word.startsWith("ABDU") || word.length() < 8) {
            return null;
        }
        char first = word.charAt(4);
        if (SUN_LETTERS.indexOf(first) < 0) {
            return null;
        }
        // ABDUL+KADIR keeps the article's L; ABDUR+RAHMAN assimilates it, written doubled or not (ABDURAHMAN)
        int restAt = first == 'L' || word.charAt(5) == first ? 5 : 4;
        String rest = word.substring(restAt);
        if (rest.length() < 3 || rest.startsWith("LAH") || rest.startsWith("LOH")) {
            return null;
        }
        return List.of("ABDUL", rest);
    }
}
