package id.sinkron.normalize;

import java.util.Map;

/** Lookup of a coded value written as a Dukcapil code or as text, shared by the small code normalizers. */
final class Codes {

    private Codes() {}

    /**
     * The canonical value for {@code raw}, or null when blank. Case, dots, underscores and spacing do not matter
     * ("Kristen  Protestan", "kristen_protestan", "Tuhan Y.M.E."), nor leading zeros of a numeric code ("01").
     */
    static String lookup(String raw, Map<String, String> values, String what, String expected) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        String key = Texts.upper(text.replace('.', ' ').replace('_', ' ').replace('-', ' '));
        if (key != null && key.matches("0+\\d")) {
            key = key.replaceFirst("^0+", "");
        }
        String value = key == null ? null : values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + text + "' (expected " + expected + ")");
        }
        return value;
    }
}
