package id.sinkron.normalize;

import java.util.regex.Pattern;

/**
 * Masks identity numbers (NIK and KK, both 16 digits) for callers not entitled to them: the first four digits (the
 * regency) and the last four stay, so a person can still be told apart in a list, e.g. {@code 3316xxxxxxxx0001}.
 */
public final class Masks {

    // 16 digits standing alone, possibly written with dots or spaces as agencies do (3316.0101.8000.0001); not
    // dashes, which would take the digit groups of a UUID for a NIK
    private static final Pattern SIXTEEN = Pattern.compile("(?<!\\d)(\\d{4})[ .]?(\\d{4})[ .]?(\\d{4})[ .]?(\\d{4})(?!\\d)");

    private Masks() {}

    /** {@code value} masked when it holds 16 digits; other values (null, short, malformed) are fully hidden. */
    public static String number(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        if (digits.length() != 16) {
            return "x".repeat(Math.min(value.length(), 16));
        }
        return digits.substring(0, 4) + "xxxxxxxx" + digits.substring(12);
    }

    /** {@code text} with every run of 16 digits in it masked: raw payloads, query strings, messages. */
    public static String numbersIn(String text) {
        return text == null ? null : SIXTEEN.matcher(text).replaceAll("$1xxxxxxxx$4");
    }
}
