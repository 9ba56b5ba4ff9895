package id.sinkron.camel;

import id.sinkron.audit.SyncRun;
import java.time.OffsetDateTime;

/**
 * One route as administrators see it.
 *
 * @param source the source the route hands records to (its constant {@code SinkronSource} header), null if none
 * @param file the route file it was loaded from, null for routes built in code
 * @param internal one of Sinkron's own routes (the ingest endpoint, subscription deliveries): listed, not controlled
 * @param attempts for RESTARTING and EXHAUSTED: start attempts so far
 * @param reason for RESTARTING and EXHAUSTED: why it did not start; for STOPPED: why an administrator's start failed
 * @param disabledBy the configuration property that keeps the route from starting with Sinkron (the placeholder of its
 *     {@code autoStartup}, false), {@code autoStartup} for a route file that says false; null for a route that starts
 *     with Sinkron. An administrator can start such a route all the same; it does not start again after a restart
 * @param schedule as the source declares it ({@code schedule:}), else the consumer's delay (ISO-8601) or cron, or a
 *     started timer's period (ISO-8601)
 * @param pollDelayMs the polling consumer's delay between polls; null for a cron schedule or a consumer that does not poll
 * @param lastRun the newest sync run of its source (of any trigger), null if none
 * @param nextRun for a started route: the next poll of a cron schedule, or the earliest next poll of a delay schedule
 *     (its last poll's end plus the delay; the initial delay after a start); null while the scheduler polls, and for
 *     routes that do not poll
 * @param lastPoll when the route's last poll began (scheduled or asked for, found input or not); null if it has not
 *     polled since Sinkron started, or does not poll
 * @param polling a poll is running now; null for routes that do not poll
 * @param runnable {@code POST /api/v1/routes/{id}/run} can start a run now: a started polling or timer route
 * @param exchangesTotal exchanges the route completed since start-up (Camel's metrics), null if unknown
 * @param exchangesFailed of those, the ones that failed
 * @param recordsPerSecond source records read per second of the last run's duration, null while running or if empty
 * @param lastFailure the reason it could not start, else why its polls fail (its source is down), else the error of
 *     its last run if that failed
 * @param failingSince for a started polling route whose polls fail (a folder gone, a server that does not answer):
 *     since when; null once a poll succeeds
 */
public record RouteInfo(
        String id,
        String description,
        String source,
        String file,
        boolean internal,
        RouteState state,
        Integer attempts,
        String reason,
        String disabledBy,
        String schedule,
        Long pollDelayMs,
        SyncRun lastRun,
        OffsetDateTime nextRun,
        OffsetDateTime lastPoll,
        Boolean polling,
        boolean runnable,
        Long exchangesTotal,
        Long exchangesFailed,
        Double recordsPerSecond,
        String lastFailure,
        OffsetDateTime failingSince) {}
