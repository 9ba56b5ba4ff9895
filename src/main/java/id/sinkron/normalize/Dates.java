package id.sinkron.normalize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** Dates in the formats Indonesian agencies write: yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy and a few more. */
public final class Dates {

    private static final String ACCEPTED = "yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, yyyy/mm/dd, dd.mm.yyyy or yyyymmdd";
    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("uuuu-MM-dd"), strict("dd-MM-uuuu"), strict("dd/MM/uuuu"), strict("uuuu/MM/dd"), strict("dd.MM.uuuu"),
            strict("uuuuMMdd"), strict("d-M-uuuu"), strict("d/M/uuuu"));
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*");

    private Dates() {}

    /** The date; null for blank; IllegalArgumentException naming the accepted formats otherwise. */
    public static LocalDate parse(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        var dateTime = DATE_TIME.matcher(text);
        if (dateTime.matches()) {
            text = dateTime.group(1);
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a valid date (expected " + ACCEPTED + ")");
    }

    /** The date written in {@code pattern} (java.time letters; yyyy is read as a proleptic year, strictly). */
    public static LocalDate parse(String raw, String pattern) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, strict(pattern.replace("yyyy", "uuuu").replace("yy", "uu")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date in the format " + pattern);
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
