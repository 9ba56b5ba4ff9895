package id.sinkron.camel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spi.SupervisingRouteController;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.util.backoff.BackOffTimer;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code routes} component of {@code /actuator/health}: every Camel route with its state, and for a route
 * that failed to start and is being retried by the supervising route controller, its attempts, last error and
 * next attempt; a route switched off by configuration is listed stopped with the property that switches it on
 * ({@code disabled_by}); a started polling route whose polls fail (its source is down: a folder gone, a server that
 * does not answer) is listed with {@code source: FAILING}, the last error and since when, until a poll succeeds. A
 * route being retried or failing makes the component {@link #DEGRADED}, not DOWN: an agency's source being down is
 * no ill health of Sinkron, and restarting Sinkron would not mend it.
 */
@Component
class RoutesHealthIndicator extends AbstractHealthIndicator {

    /** Some source routes are not running and are being retried; Sinkron itself works. Served with HTTP 200. */
    static final Status DEGRADED = new Status("DEGRADED", "a source route is not running and is retried with backoff, or its source cannot be read");

    private final CamelContext camel;

    RoutesHealthIndicator(CamelContext camel) {
        super("routes health check failed");
        this.camel = camel;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        SupervisingRouteController supervisor = camel.getRouteController().isSupervising()
                ? camel.getRouteController().adapt(SupervisingRouteController.class) : null;
        boolean failing = false;
        for (String id : RouteViews.ids(camel)) {
            Route route = camel.getRoute(id);
            Map<String, Object> details = new LinkedHashMap<>();
            // a route that never started is a definition only: Camel has no route (or only an initialized one) yet
            ServiceStatus status = camel.getRouteController().getRouteStatus(id);
            details.put("state", route == null || status == null || status == ServiceStatus.Initialized
                    ? ServiceStatus.Stopped.name() : status.name());
            String disabledBy = RouteViews.disabledBy(camel, id);
            if (disabledBy != null) {
                details.put("disabled_by", disabledBy);
            }
            boolean exhausted = route != null && supervisor != null && supervisor.getExhaustedRoutes().contains(route);
            if (exhausted || route != null && supervisor != null && supervisor.getRestartingRoutes().contains(route)) {
                failing = true;
                details.put("supervision", exhausted ? "EXHAUSTED" : "RESTARTING");
                BackOffTimer.Task retry = supervisor.getRestartingRouteState(id);
                if (retry != null) {
                    details.put("attempts", retry.getCurrentAttempts());
                }
                Throwable error = supervisor.getRestartException(id);
                details.put("last_error", error == null ? null : String.valueOf(error.getMessage()));
                if (retry != null) {
                    details.put("last_attempt", instant(retry.getLastAttemptTime()));
                    details.put("next_attempt", exhausted ? null : instant(retry.getNextAttemptTime()));
                }
            }
            PollTimes.Failure polls = status == ServiceStatus.Started && route.getConsumer() instanceof ScheduledPollConsumer poll
                    && poll.getPollStrategy() instanceof PollTimes times ? times.failure() : null;
            if (polls != null) {
                failing = true;
                details.put("source", "FAILING");
                details.put("last_error", polls.message());
                details.put("failing_since", polls.since().toString());
            }
            health.withDetail(id, details);
        }
        health.status(failing ? DEGRADED : Status.UP);
    }

    private static String instant(long epochMillis) {
        return epochMillis > 0 ? Instant.ofEpochMilli(epochMillis).toString() : null;
    }
}
