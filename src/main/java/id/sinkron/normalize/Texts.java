package id.sinkron.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whitespace, case and small numeric codes. */
public final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r ]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {}

    /** NFC, control characters removed, trimmed, whitespace runs folded to one space; null when blank. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** {@link #clean} in upper case. */
    public static String upper(String raw) {
        String text = clean(raw);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** RT or RW number: 1–3 digits, zero-padded to three ("1" and "RT 01" give "001"); "000" is refused. */
    public static String rtRw(String raw) {
        String text = upper(raw);
        if (text == null) {
            return null;
        }
        String digits = text.replaceFirst("^(RT|RW)\\.?\\s*", "").replace(" ", "");
        if (!digits.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("'" + text + "' is not an RT/RW number (1 to 3 digits)");
        }
        int number = Integer.parseInt(digits);
        if (number == 0) {
            throw new IllegalArgumentException("RT/RW 000 does not exist");
        }
        return String.format(Locale.ROOT, "%03d", number);
    }
}
