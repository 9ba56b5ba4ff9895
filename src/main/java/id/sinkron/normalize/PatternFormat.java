package id.sinkron.normalize;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * A configured date pattern made ready for strict reading: year-of-era letters ({@code y}) become proleptic
 * year letters ({@code u}), because STRICT resolving cannot build a date from a year-of-era without an era.
 *
 * @param formatters Indonesian month names first, then English
 * @param twoDigitYear the pattern writes the year with two digits, whose century must be chosen
 */
record PatternFormat(List<DateTimeFormatter> formatters, boolean twoDigitYear) {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    static PatternFormat of(String pattern) {
        StringBuilder converted = new StringBuilder(pattern.length());
        boolean quoted = false;
        boolean twoDigitYear = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && (c == 'y' || c == 'u')) {
                int run = i;
                while (run < pattern.length() && pattern.charAt(run) == c) {
                    run++;
                }
                twoDigitYear |= run - i == 2;
                converted.append("u".repeat(run - i));
                i = run - 1;
            } else {
                converted.append(c);
            }
        }
        try {
            return new PatternFormat(List.of(formatter(converted.toString(), INDONESIAN), formatter(converted.toString(), Locale.ENGLISH)),
                    twoDigitYear);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date format '" + pattern + "' is not a valid java.time pattern: " + e.getMessage(), e);
        }
    }

    static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
