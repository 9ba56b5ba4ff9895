package id.sinkron.normalize;

import java.util.Map;

/**
 * Marital status as Dukcapil codes it (STATUS_KAWIN): BELUM_KAWIN, KAWIN, CERAI_HIDUP, CERAI_MATI, from the codes
 * 1–4 in that order or the usual texts, with or without TERCATAT / BELUM TERCATAT (registered or not). Words
 * that could mean two statuses (CERAI, JANDA, DUDA) are refused rather than guessed. Null for blank.
 */
public final class MaritalStatuses {

    private static final String EXPECTED = "BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI or the codes 1-4";
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("1", "BELUM_KAWIN"), Map.entry("BELUM KAWIN", "BELUM_KAWIN"), Map.entry("BELUM MENIKAH", "BELUM_KAWIN"),
            Map.entry("TIDAK KAWIN", "BELUM_KAWIN"), Map.entry("LAJANG", "BELUM_KAWIN"),
            Map.entry("2", "KAWIN"), Map.entry("KAWIN", "KAWIN"), Map.entry("MENIKAH", "KAWIN"), Map.entry("SUDAH KAWIN", "KAWIN"),
            Map.entry("SUDAH MENIKAH", "KAWIN"), Map.entry("KAWIN TERCATAT", "KAWIN"), Map.entry("KAWIN BELUM TERCATAT", "KAWIN"),
            Map.entry("KAWIN TIDAK TERCATAT", "KAWIN"),
            Map.entry("3", "CERAI_HIDUP"), Map.entry("CERAI HIDUP", "CERAI_HIDUP"), Map.entry("CERAI HIDUP TERCATAT", "CERAI_HIDUP"),
            Map.entry("CERAI HIDUP BELUM TERCATAT", "CERAI_HIDUP"), Map.entry("CERAI HIDUP TIDAK TERCATAT", "CERAI_HIDUP"),
            Map.entry("4", "CERAI_MATI"), Map.entry("CERAI MATI", "CERAI_MATI"));

    private MaritalStatuses() {}

    /** The canonical status; null for blank; IllegalArgumentException naming the accepted values otherwise. */
    public static String parse(String raw) {
        return Codes.lookup(raw, VALUES, "marital status", EXPECTED);
    }
}
