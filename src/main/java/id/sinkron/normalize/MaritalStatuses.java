package id.sinkron.normalize;

import java.util.Map;

/** Marital status as Dukcapil codes it (STAT_KWN 1–4), from codes or text. */
public final class MaritalStatuses {

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("1", "BELUM_KAWIN"), Map.entry("BELUM KAWIN", "BELUM_KAWIN"), Map.entry("BELUM_KAWIN", "BELUM_KAWIN"),
            Map.entry("BELUM MENIKAH", "BELUM_KAWIN"), Map.entry("LAJANG", "BELUM_KAWIN"),
            Map.entry("2", "KAWIN"), Map.entry("KAWIN", "KAWIN"), Map.entry("MENIKAH", "KAWIN"), Map.entry("KAWIN TERCATAT", "KAWIN"),
            Map.entry("KAWIN BELUM TERCATAT", "KAWIN"),
            Map.entry("3", "CERAI_HIDUP"), Map.entry("CERAI HIDUP", "CERAI_HIDUP"), Map.entry("CERAI_HIDUP", "CERAI_HIDUP"),
            Map.entry("CERAI HIDUP TERCATAT", "CERAI_HIDUP"),
            Map.entry("4", "CERAI_MATI"), Map.entry("CERAI MATI", "CERAI_MATI"), Map.entry("CERAI_MATI", "CERAI_MATI"));

    private MaritalStatuses() {}

    public static String parse(String raw) {
        String text = Texts.upper(raw);
        if (text == null) {
            return null;
        }
        String value = VALUES.get(text);
        if (value == null) {
            throw new IllegalArgumentException("unknown marital status '" + text + "' (expected BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI or codes 1-4)");
        }
        return value;
    }
}
