package id.sinkron.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.Date;

/**
 * Orders watermark values the way their source orders them: as numbers when both are numbers (a sequence
 * column: "9" before "10"), as instants when both are ISO-8601 date-times or dates, else as text. A date-time
 * without an offset is read in the ingest zone, as source timestamps are.
 */
final class WatermarkOrder implements Comparator<String> {

    private final ZoneId zone;

    WatermarkOrder(ZoneId zone) {
        this.zone = zone;
    }

    /** The higher of two values; null counts as lowest. */
    String max(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return compare(a, b) >= 0 ? a : b;
    }

    @Override
    public int compare(String a, String b) {
        BigDecimal na = number(a);
        BigDecimal nb = number(b);
        if (na != null && nb != null) {
            return na.compareTo(nb);
        }
        Instant ia = instant(a);
        Instant ib = instant(b);
        if (ia != null && ib != null) {
            return ia.compareTo(ib);
        }
        return a.compareTo(b);
    }

    /**
     * A row's value as watermark text, written so that the route can bind it back into its query: JDBC
     * timestamps as ISO local date-times ({@code 2024-03-01T08:15:30.123}), numbers in plain notation.
     */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text;
        if (value instanceof java.sql.Timestamp t) {
            text = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t.toLocalDateTime());
        } else if (value instanceof LocalDateTime t) {
            text = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t); // always with seconds: "08:15:00", not "08:15"
        } else if (value instanceof java.sql.Date d) {
            text = d.toLocalDate().toString();
        } else if (value instanceof Date d) {
            text = d.toInstant().toString();
        } else if (value instanceof BigDecimal n) {
            text = n.stripTrailingZeros().toPlainString();
        } else if (value instanceof Double || value instanceof Float) {
            text = BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        } else {
            text = value.toString(); // Long, Integer, BigInteger, OffsetDateTime, Instant, text
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal number(String s) {
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '+')) {
            return null; // most values are dates: no exception for them
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Instant instant(String s) {
        if (s.length() < 10 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        // "2024-03-01 08:15:30" (SQL style) reads like "2024-03-01T08:15:30"
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) parsed).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // not a date-time; perhaps a date
        }
        try {
            return LocalDate.parse(iso, DateTimeFormatter.ISO_DATE).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
