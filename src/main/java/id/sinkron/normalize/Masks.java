package id.sinkron.normalize;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Masks identity numbers (NIK and KK, 16 digits when well formed) for callers not entitled to them: the first four
 * digits (the regency) and the last four stay, so a person can still be told apart in a list, e.g.
 * {@code 3316xxxxxxxx0001}. A number one digit short or long keeps the same shape ({@code 3316xxxxxxx8140}): a
 * mistyped NIK is personal data as much as a good one, and the records that hold one are the ones rejected and shown.
 */
public final class Masks {

    // 15 to 17 digits standing alone, or 16 written with dots or spaces as agencies do (3316.0101.8000.0001); not
    // dashes, which would take the digit groups of a UUID for a NIK
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(?:\\d{4}[ .]?\\d{4}[ .]?\\d{4}[ .]?\\d{4}|\\d{15,17})(?!\\d)");

    private Masks() {}

    /**
     * {@code value} masked when it holds 15 to 17 digits; other values (short, malformed) are fully hidden: it is the
     * value of a NIK or KK field, whatever it holds.
     */
    public static String number(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        if (digits.length() < 15 || digits.length() > 17) {
            return "x".repeat(Math.min(value.length(), 16));
        }
        return shape(digits);
    }

    /** {@code text} with every run of 15 to 17 digits in it masked: raw payloads, query strings, messages. */
    public static String numbersIn(String text) {
        return text == null ? null : NUMBER.matcher(text).replaceAll(Masks::masked);
    }

    private static String masked(MatchResult m) {
        return shape(m.group().replaceAll("\\D", ""));
    }

    private static String shape(String digits) {
        return digits.substring(0, 4) + "x".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
    }
}
