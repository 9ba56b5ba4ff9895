package id.sinkron.normalize;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Dates as Indonesian agencies write them.
 *
 * <p>{@link #parse(String)} reads yyyy-MM-dd, dd-MM-yyyy, dd/MM/yyyy, yyyy/MM/dd, dd.MM.yyyy, yyyyMMdd (day and
 * month may have one digit where the day comes first, as spreadsheets write them) and ISO date-times or
 * "yyyy-MM-dd HH:mm[:ss]", whose date part as written is taken (no conversion between zones).
 * {@link #parse(String, String)} reads one configured java.time pattern. Both are strict: 31-02-1980 is refused,
 * never rolled over to March. Blank is missing (null); anything else that is no date is an
 * IllegalArgumentException naming the value and the accepted formats.
 */
public final class Dates {

    static final String ACCEPTED = "yyyy-MM-dd, dd-MM-yyyy, dd/MM/yyyy, yyyy/MM/dd, dd.MM.yyyy, yyyyMMdd or yyyy-MM-dd HH:mm:ss";

    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendPattern("[ ]['T']")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Shapes are disjoint, so the shape alone says how a value is meant and a failure can say why. */
    private static final List<Format> FORMATS = List.of(
            new Format("\\d{4}-\\d{2}-\\d{2}", strict("uuuu-MM-dd")),
            new Format("\\d{1,2}-\\d{1,2}-\\d{4}", strict("d-M-uuuu")),
            new Format("\\d{1,2}/\\d{1,2}/\\d{4}", strict("d/M/uuuu")),
            new Format("\\d{4}/\\d{2}/\\d{2}", strict("uuuu/MM/dd")),
            new Format("\\d{1,2}\\.\\d{1,2}\\.\\d{4}", strict("d.M.uuuu")),
            new Format("\\d{8}", strict("uuuuMMdd")),
            new Format("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*", DATE_TIME));

    /** Patterns come from source mappings, a handful per deployment, so the cache stays small. */
    private static final Map<String, PatternFormat> PATTERNS = new ConcurrentHashMap<>();

    private Dates() {}

    /** The date in one of the accepted formats; null for blank; IllegalArgumentException otherwise. */
    public static LocalDate parse(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        for (Format format : FORMATS) {
            if (format.shape().matcher(text).matches()) {
                return read(text, format.formatter(), "(accepted formats: " + ACCEPTED + ")");
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (accepted formats: " + ACCEPTED + ")");
    }

    /**
     * A point in time as sources write change stamps: ISO-8601 with an offset, a local date-time (ISO or
     * "yyyy-MM-dd HH:mm:ss") taken in {@code zone}, or a date alone (start of that day in {@code zone});
     * null for blank; a DateTimeParseException or IllegalArgumentException otherwise.
     */
    public static OffsetDateTime timestamp(String raw, ZoneId zone) {
        String value = Texts.clean(raw);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                return parse(value).atStartOfDay(zone).toOffsetDateTime();
            }
        }
    }

    /**
     * The date written in {@code pattern}, a java.time pattern such as {@code dd-MM-yyyy} or {@code d MMMM yyyy},
     * read strictly: {@code yyyy} is read as {@code uuuu} so that STRICT resolving works, month names may be
     * Indonesian (Agustus, Agu) or English, any case. A two-digit year ({@code yy}) is placed in the last hundred
     * years. A null or blank pattern means {@link #parse(String)}. An invalid pattern is an
     * IllegalArgumentException even when {@code raw} is blank, so a bad mapping shows on the first row.
     */
    public static LocalDate parse(String raw, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return parse(raw);
        }
        PatternFormat format = PATTERNS.computeIfAbsent(pattern, PatternFormat::of);
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        String accepted = "(expected the format " + pattern + ")";
        IllegalArgumentException failure = null;
        for (DateTimeFormatter formatter : format.formatters()) {
            try {
                LocalDate date = read(text, formatter, accepted);
                return format.twoDigitYear() && date.isAfter(LocalDate.now()) ? date.minusYears(100) : date;
            } catch (NoSuchDay e) {
                throw e;
            } catch (IllegalArgumentException e) {
                failure = failure == null ? e : failure;
            }
        }
        throw failure;
    }

    /** Parses or explains: a value that fits the format but names no real day is told apart from one that does not fit. */
    private static LocalDate read(String text, DateTimeFormatter formatter, String accepted) {
        try {
            return formatter.parse(text, LocalDate::from);
        } catch (DateTimeParseException e) {
            ParsePosition position = new ParsePosition(0);
            if (formatter.parseUnresolved(text, position) != null && position.getIndex() == text.length()) {
                throw new NoSuchDay("'" + text + "' is not a real date: " + reason(e) + " " + accepted);
            }
            throw new IllegalArgumentException("'" + text + "' is not a date " + accepted);
        }
    }

    private static String reason(DateTimeParseException e) {
        String message = e.getMessage();
        int at = message.indexOf("could not be parsed: ");
        return at < 0 ? message : message.substring(at + "could not be parsed: ".length());
    }

    private static DateTimeFormatter strict(String pattern) {
        return PatternFormat.formatter(pattern, Locale.ROOT);
    }

    /** The value fits the format but names no day of the calendar, such as 31 February. */
    private static final class NoSuchDay extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NoSuchDay(String message) {
            super(message);
        }
    }

    private record Format(Pattern shape, DateTimeFormatter formatter) {

        Format(String shape, DateTimeFormatter formatter) {
            this(Pattern.compile(shape), formatter);
        }
    }
}
