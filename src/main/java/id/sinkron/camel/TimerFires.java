package id.sinkron.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Route;
import org.apache.camel.component.timer.TimerConsumer;

/**
 * When each timer route (the schedules of REST and JDBC pulls) started and last fired, so that its next run can be
 * told: Camel's timer keeps a count of its fires but not their times. A fire is recognised by the timer's own
 * counter moving on, so a run an administrator asks for (Run now, which goes through the route without the timer)
 * does not count as one and does not move the next run.
 */
final class TimerFires {

    /** @param fired the timer's counter at the last fire seen; {@code at} is when that fire began (null before the first) */
    private record Times(Instant startedAt, long fired, Instant at) {}

    private final Map<String, Times> routes = new ConcurrentHashMap<>();

    /** The route's timer (re)starts now: its first fire is the timer's delay away. */
    void started(Route route, Instant now) {
        if (route.getConsumer() instanceof TimerConsumer timer) {
            routes.put(route.getRouteId(), new Times(now, timer.getCounter(), null));
        }
    }

    /** An exchange entered the route: a fire when the timer's counter moved on since the last one seen. */
    void exchange(Route route, Instant now) {
        if (route.getConsumer() instanceof TimerConsumer timer) {
            long counter = timer.getCounter();
            routes.compute(route.getRouteId(), (id, times) -> times == null ? new Times(now, counter, now)
                    : counter != times.fired() ? new Times(times.startedAt(), counter, now) : times);
        }
    }

    /**
     * The timer's next fire: its delay after the start, then its period after the last fire (a fire that overran its
     * period is followed at once); null while a fire runs, for a timer that fires once, or for a route not seen start.
     */
    Instant next(Route route, Instant now) {
        Times times = routes.get(route.getRouteId());
        if (times == null || !(route.getConsumer() instanceof TimerConsumer timer) || timer.isPolling()) {
            return null;
        }
        if (times.at() == null) {
            Instant first = times.startedAt().plus(Duration.ofMillis(Math.max(0, timer.getDelay())));
            return first.isBefore(now) ? now : first;
        }
        if (timer.getPeriod() <= 0 || timer.getRepeatCount() > 0 && timer.getCounter() >= timer.getRepeatCount()) {
            return null;
        }
        Instant next = times.at().plus(Duration.ofMillis(timer.getPeriod()));
        return next.isBefore(now) ? now : next;
    }

    /** When the timer last fired since Sinkron started; null if it has not. */
    Instant last(Route route) {
        Times times = routes.get(route.getRouteId());
        return times == null ? null : times.at();
    }
}
