package id.sinkron.normalize;

import java.util.Locale;
import java.util.Map;

/** Reads the sex codes agencies use: L/P, LAKI-LAKI/PEREMPUAN, 1/2, M/F and their variants. */
public final class Sexes {

    private static final Map<String, Sex> CODES = Map.ofEntries(
            Map.entry("L", Sex.L), Map.entry("LK", Sex.L), Map.entry("LAKI-LAKI", Sex.L), Map.entry("LAKI LAKI", Sex.L),
            Map.entry("LAKILAKI", Sex.L), Map.entry("LAKI2", Sex.L), Map.entry("LAKI", Sex.L), Map.entry("PRIA", Sex.L),
            Map.entry("1", Sex.L), Map.entry("M", Sex.L), Map.entry("MALE", Sex.L),
            Map.entry("P", Sex.P), Map.entry("PR", Sex.P), Map.entry("PEREMPUAN", Sex.P), Map.entry("WANITA", Sex.P),
            Map.entry("2", Sex.P), Map.entry("F", Sex.P), Map.entry("FEMALE", Sex.P));

    private Sexes() {}

    /** The sex for a code; null for blank; IllegalArgumentException for an unknown code. */
    public static Sex parse(String raw) {
        String code = Texts.upper(raw);
        if (code == null) {
            return null;
        }
        Sex sex = CODES.get(code.replace('_', '-').toUpperCase(Locale.ROOT));
        if (sex == null) {
            throw new IllegalArgumentException("unknown sex code '" + raw.strip() + "' (expected L/P, LAKI-LAKI/PEREMPUAN, 1/2, M/F)");
        }
        return sex;
    }
}
