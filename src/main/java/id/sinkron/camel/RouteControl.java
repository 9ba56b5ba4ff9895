package id.sinkron.camel;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.component.timer.TimerEndpoint;
import org.apache.camel.spi.RouteController;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lists the Camel routes with their state, schedule and last run, and starts, stops, suspends, resumes and polls
 * them at an administrator's request. Sinkron's own routes ({@code sinkron-ingest}, {@code subscription-*}) are
 * listed but refuse control: stopping the ingest endpoint would make every source route fail, and a subscription
 * is paused through the subscriptions API. Callers record each action (see {@code audit.AdminActions}).
 * Routes switched off by configuration ({@code autoStartup: "{{sinkron.sources.x.enabled}}"} resolving to false)
 * are listed, stopped, and can be started.
 */
@Component
public class RouteControl {

    private static final Logger log = LoggerFactory.getLogger(RouteControl.class);

    private final CamelContext camel;
    private final RouteViews views;
    private final ExecutorService polls;

    RouteControl(CamelContext camel, RouteViews views) {
        this.camel = camel;
        this.views = views;
        this.polls = camel.getExecutorServiceManager().newSingleThreadExecutor(this, "sinkron-run-now");
    }

    /** Every route, source routes first, by id. */
    public List<RouteInfo> list() {
        return RouteViews.ids(camel).stream()
                .sorted(Comparator.comparing(RouteViews::internal).thenComparing(Comparator.naturalOrder()))
                .map(views::view).filter(Objects::nonNull).toList();
    }

    /** The route; UnknownRoute if no route has this id. */
    public RouteInfo find(String id) {
        RouteInfo route = views.view(id);
        if (route == null) {
            throw new UnknownRoute(id);
        }
        return route;
    }

    /**
     * Does {@code action} (START, STOP, SUSPEND or RESUME) and answers the route afterwards. RouteActionRefused
     * for an internal route or a transition its state does not allow (starting a started route, resuming one
     * that is not suspended, …).
     */
    public RouteInfo apply(String id, RouteAction action) {
        find(id);
        controllable(id);
        RouteState state = views.state(id);
        RouteController controller = camel.getRouteController();
        try {
            switch (action) {
                case START -> {
                    allowed(state != RouteState.STARTED && state != RouteState.SUSPENDED, id, state, "start (resume a suspended route)");
                    start(id, controller);
                }
                case STOP -> {
                    allowed(state != RouteState.STOPPED, id, state, "stop");
                    controller.stopRoute(id);
                    views.startFailed(id, null);
                }
                case SUSPEND -> {
                    allowed(state == RouteState.STARTED, id, state, "suspend");
                    controller.suspendRoute(id);
                }
                case RESUME -> {
                    allowed(state == RouteState.SUSPENDED, id, state, "resume");
                    controller.resumeRoute(id);
                }
                default -> throw new IllegalArgumentException(action + " is not a state change");
            }
        } catch (RouteActionRefused e) {
            throw e;
        } catch (Exception e) {
            throw new RouteActionRefused("could not " + action.name().toLowerCase() + " route '" + id + "': " + e.getMessage());
        }
        return find(id);
    }

    /**
     * Starts a route; a route whose source cannot be reached (a broker that is not configured, a missing folder)
     * refuses with the reason, which the route then shows until it is started or stopped.
     */
    private void start(String id, RouteController controller) throws Exception {
        try {
            controller.startRoute(id);
        } catch (Exception e) {
            String reason = String.valueOf(e.getMessage());
            log.warn("Route {} did not start: {}", id, reason);
            views.startFailed(id, reason);
            throw new RouteActionRefused("route '" + id + "' did not start: " + reason);
        }
        views.startFailed(id, null);
    }

    /**
     * Starts a run of a started route now, besides its schedule, in the background (a run may take long); answers
     * what was done. A polling route (file, FTP, SQL …) polls once: a file route picks up new and changed files,
     * not those it has read already. A timer route (the REST and JDBC pulls) fires once, as if its timer had: the
     * pull it drives runs. RouteActionRefused for a route that is not started; for a {@code direct:} route that
     * another route calls, naming that route; and for one that runs when its source sends (a broker consumer).
     */
    public String runNow(String id) {
        find(id);
        controllable(id);
        List<String> callers = views.callers(id);
        if (!callers.isEmpty()) {
            throw new RouteActionRefused("route '" + id + "' runs when route " + String.join(", ", callers.stream()
                    .map(c -> "'" + c + "'").toList()) + " calls it: run " + (callers.size() == 1 ? "that route" : "one of them")
                    + " instead");
        }
        RouteState state = views.state(id);
        allowed(state == RouteState.STARTED, id, state, "run");
        Route route = route(id);
        if (route.getConsumer() instanceof ScheduledPollConsumer poll) {
            polls.submit(() -> PollTimes.outsideSchedule(poll));
            return "one poll of " + route.getEndpoint().getEndpointBaseUri()
                    + " was started; its sync run (if it finds new input) shows in /api/v1/sync-runs";
        }
        if (route.getEndpoint() instanceof TimerEndpoint && route.getConsumer() instanceof DefaultConsumer timer) {
            polls.submit(() -> fire(id, timer));
            return "one run of route '" + id + "' was started, as if its timer fired; its sync run shows in /api/v1/sync-runs";
        }
        throw new RouteActionRefused("route '" + id + "' does not poll (its consumer is "
                + route.getConsumer().getClass().getSimpleName() + "); it runs when its source sends");
    }

    /** One exchange through the timer route, as its timer would send it; a failure is the route's to handle and log. */
    private static void fire(String id, DefaultConsumer timer) {
        Exchange exchange = timer.createExchange(false);
        try {
            timer.getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            log.warn("Run now of route {} failed: {}", id, exchange.getException().getMessage());
        }
        timer.releaseExchange(exchange, false);
    }

    private Route route(String id) {
        Route route = camel.getRoute(id);
        if (route == null) {
            throw new UnknownRoute(id);
        }
        return route;
    }

    private static void controllable(String id) {
        if (id.equals("sinkron-ingest")) {
            throw new RouteActionRefused("'sinkron-ingest' is Sinkron's internal endpoint every source route hands its"
                    + " records to; stopping it would make every source route fail. Stop the source routes instead");
        }
        if (RouteViews.internal(id)) {
            throw new RouteActionRefused("'" + id + "' delivers a subscription's events; it is controlled through"
                    + " the subscription (/api/v1/subscriptions), not as a route");
        }
    }

    private static void allowed(boolean allowed, String id, RouteState state, String action) {
        if (!allowed) {
            throw new RouteActionRefused("route '" + id + "' is " + state + ": cannot " + action + " it");
        }
    }
}
