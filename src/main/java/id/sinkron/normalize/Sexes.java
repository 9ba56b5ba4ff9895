package id.sinkron.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the sex codes agencies use into {@link Sex}: L/P, LK/PR, LAKI-LAKI/PEREMPUAN (also LAKI LAKI,
 * LAKI2), PRIA/WANITA, the Dukcapil codes 1/2 and M/F, MALE/FEMALE; case-insensitive and trimmed.
 */
public final class Sexes {

    private static final Map<String, Sex> CODES = Map.ofEntries(
            Map.entry("L", Sex.L), Map.entry("LK", Sex.L), Map.entry("LAKI-LAKI", Sex.L), Map.entry("LAKI LAKI", Sex.L),
            Map.entry("LAKILAKI", Sex.L), Map.entry("LAKI2", Sex.L), Map.entry("LAKI", Sex.L), Map.entry("PRIA", Sex.L),
            Map.entry("1", Sex.L), Map.entry("M", Sex.L), Map.entry("MALE", Sex.L),
            Map.entry("P", Sex.P), Map.entry("PR", Sex.P), Map.entry("PEREMPUAN", Sex.P), Map.entry("WANITA", Sex.P),
            Map.entry("2", Sex.P), Map.entry("F", Sex.P), Map.entry("FEMALE", Sex.P));

    private static final Pattern SPACED_HYPHEN = Pattern.compile(" ?- ?");

    private Sexes() {}

    /** The sex for a code; null for blank; IllegalArgumentException naming the accepted codes otherwise. */
    public static Sex parse(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        Sex sex = CODES.get(SPACED_HYPHEN.matcher(text.toUpperCase(Locale.ROOT).replace('_', '-')).replaceAll("-"));
        if (sex == null) {
            throw new IllegalArgumentException("unknown sex code '" + text + "' (expected L/P, LAKI-LAKI/PEREMPUAN, 1/2, M/F)");
        }
        return sex;
    }
}
