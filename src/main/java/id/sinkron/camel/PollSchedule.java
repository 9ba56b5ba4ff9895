package id.sinkron.camel;

import java.time.Duration;
import java.time.Instant;

/**
 * When a polling consumer on Camel's own scheduler polls next, worked out from when its route started and when
 * its scheduler last polled. Camel schedules the first poll {@code initialDelay} after the start, then either
 * {@code delay} after the end of the previous poll (fixed delay, Camel's default) or every {@code delay} from the
 * first poll (fixed rate: a poll that overran is followed at once by the next).
 *
 * <p>The answer is the earliest time the consumer polls again: a tick may do nothing (Camel's
 * {@code backoffMultiplier} skips ticks after idle or failed polls, and a suspended consumer lets its ticks pass),
 * and such a tick leaves no trace, so a time already past is moved on by whole delays — the next tick.
 *
 * @param initialDelay before the first poll after a start
 * @param delay between polls
 * @param fixedDelay {@code delay} counts from the end of a poll (else from the first poll, at a fixed rate)
 */
record PollSchedule(Duration initialDelay, Duration delay, boolean fixedDelay) {

    PollSchedule {
        if (initialDelay.isNegative() || delay.isNegative()) {
            throw new IllegalArgumentException("delays cannot be negative: initial " + initialDelay + ", delay " + delay);
        }
    }

    /**
     * The next scheduled poll, null while one is running.
     *
     * @param startedAt when the route (and its scheduler) last started
     * @param last the scheduler's last poll since then (a poll an administrator asked for does not count), null if none yet
     * @param now the time to answer for
     */
    Instant next(Instant startedAt, Poll last, Instant now) {
        if (last != null && last.running()) {
            return null;
        }
        Instant first = startedAt.plus(initialDelay);
        Instant next;
        if (last == null) {
            next = first;
        } else if (fixedDelay) {
            next = last.end().plus(delay);
        } else {
            next = nextTickAfter(first, last.start());
            if (next.isBefore(last.end())) {
                next = last.end();
            }
        }
        return next.isBefore(now) ? nextTickAfter(next, now.minusNanos(1)) : next;
    }

    /** The first of {@code from}, {@code from + delay}, {@code from + 2 delay} … after {@code after} ({@code from} if that is later). */
    private Instant nextTickAfter(Instant from, Instant after) {
        if (after.isBefore(from)) {
            return from;
        }
        if (delay.isZero()) {
            return after;
        }
        long ticks = Duration.between(from, after).toNanos() / delay.toNanos() + 1;
        return from.plus(delay.multipliedBy(ticks));
    }

    /**
     * One poll of the scheduler.
     *
     * @param start when it began
     * @param end when it ended, null while it runs
     */
    record Poll(Instant start, Instant end) {

        boolean running() {
            return end == null;
        }
    }
}
