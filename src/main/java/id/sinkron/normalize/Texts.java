package id.sinkron.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text and small numeric codes.
 *
 * <p>{@link #clean} is the first step of every other normalizer in this package: NFC, control and format
 * characters removed, every kind of whitespace (tabs, line breaks, no-break spaces) folded to one space,
 * trimmed. Blank is missing, so it gives null.
 */
public final class Texts {

    /** Line breaks, tabs and Unicode spaces (no-break space from spreadsheets) all count as a word gap. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** Controls and invisible format characters (zero-width space, byte-order mark, soft hyphen). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final Pattern RT_RW = Pattern.compile("(?:R[TW]\\s*[.:]?\\s*)?(\\d+)");

    private Texts() {}

    /** NFC, controls removed, whitespace runs folded to one space, trimmed; null when nothing is left. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        // whitespace first, so a tab between words stays a gap; NFC last, as a removed character may have
        // separated a letter from its accent
        String text = WHITESPACE.matcher(raw).replaceAll(" ");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = Normalizer.normalize(WHITESPACE.matcher(text).replaceAll(" ").strip(), Normalizer.Form.NFC);
        return text.isEmpty() ? null : text;
    }

    /** {@link #clean} in upper case (Locale.ROOT, so no Turkish dotless i); null when blank. */
    public static String upper(String raw) {
        String text = clean(raw);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /**
     * An RT or RW (neighbourhood) number as three digits: "1" and "RT 01" give "001". The number has 1 to 3
     * digits and is not zero; anything else is an IllegalArgumentException. Null when blank.
     */
    public static String rtRw(String raw) {
        String text = upper(raw);
        if (text == null) {
            return null;
        }
        Matcher number = RT_RW.matcher(text);
        if (!number.matches() || number.group(1).length() > 3) {
            throw new IllegalArgumentException("RT/RW '" + text + "' must be a number of 1 to 3 digits, e.g. 5 or 005");
        }
        int value = Integer.parseInt(number.group(1));
        if (value == 0) {
            throw new IllegalArgumentException("RT/RW '" + text + "' does not exist: numbering starts at 001");
        }
        return String.format(Locale.ROOT, "%03d", value);
    }
}
