package id.sinkron.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks NIK and KK numbers share: both are PPKKCC DDMMYY SSSS, a district, a date and a serial. */
final class SixteenDigits {

    private static final Pattern LEADING_MARKS = Pattern.compile("^['`\u2018\u2019\"]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("['\u2019\"]+$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    private SixteenDigits() {}

    /** Separators and a leading Excel text marker removed; null for blank. */
    static String clean(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        // Excel keeps long digit strings as text behind an apostrophe, and some exports keep it (or quotes)
        text = LEADING_MARKS.matcher(text).replaceFirst("");
        text = SEPARATORS.matcher(TRAILING_MARKS.matcher(text).replaceFirst("")).replaceAll("");
        return text.isEmpty() ? null : text;
    }

    /** The shape problem (digits only, exactly 16), then the district problem; null when both are fine. */
    static String structureProblem(String label, String value) {
        for (int i = 0, position = 1; i < value.length(); i += Character.charCount(value.codePointAt(i)), position++) {
            int c = value.codePointAt(i);
            if (c < '0' || c > '9') {
                return label + " must contain only digits, found " + describe(c) + " at position " + position;
            }
        }
        if (value.length() != 16) {
            return label + " must be exactly 16 digits, got " + value.length();
        }
        String district = Regions.districtProblem(value.substring(0, 6));
        return district == null ? null : label + " " + district;
    }

    static int day(String value) {
        return Integer.parseInt(value.substring(6, 8));
    }

    static int month(String value) {
        return Integer.parseInt(value.substring(8, 10));
    }

    static int yy(String value) {
        return Integer.parseInt(value.substring(10, 12));
    }

    /** The date in 20YY or else 19YY, or null when neither century has that day. */
    static LocalDate date(int day, int month, int yy, LocalDate notAfter) {
        LocalDate recent = real(2000 + yy, month, day);
        if (recent != null && (notAfter == null || !recent.isAfter(notAfter))) {
            return recent;
        }
        LocalDate older = real(1900 + yy, month, day);
        return older != null ? older : recent;
    }

    private static LocalDate real(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String describe(int c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }
}
