package id.sinkron.source;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a source's route pulls, as declared by {@code schedule:}: every {@code every} (an ISO-8601 duration such
 * as {@code PT15M}), or at the times of a cron expression in Spring's six-field form (second minute hour day
 * month weekday, e.g. {@code 0 0 2 * * *} for 02:00 every day), which Camel's {@code scheduler=spring} reads.
 * Routes read it through the property placeholders of {@link SourceProperties}.
 *
 * @param text as declared
 * @param every the delay between two polls; null for a cron schedule
 * @param cron the cron expression; null for a delay
 */
public record Schedule(String text, Duration every, String cron) {

    /** The schedule written in {@code text}; IllegalArgumentException saying what is expected. */
    static Schedule parse(String text) {
        String t = text.strip();
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            Duration every;
            try {
                every = Duration.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + t + "' is not an ISO-8601 duration (e.g. PT15M, PT1H, P1D)");
            }
            if (every.isNegative() || every.isZero() || every.toMillis() == 0) {
                throw new IllegalArgumentException("'" + t + "' must be at least one millisecond");
            }
            return new Schedule(t, every, null);
        }
        try {
            CronExpression.parse(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + t + "' is neither an ISO-8601 duration (e.g. PT15M) nor a cron expression"
                    + " of six fields, second minute hour day month weekday (e.g. '0 0 2 * * *'): " + e.getMessage());
        }
        return new Schedule(t, null, t);
    }
}
