package id.sinkron.camel;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.spi.RouteController;
import org.apache.camel.support.ScheduledPollConsumer;
import org.springframework.stereotype.Component;

/**
 * Lists the Camel routes with their state, schedule and last run, and starts, stops, suspends, resumes and polls
 * them at an administrator's request. Sinkron's own routes ({@code sinkron-ingest}, {@code subscription-*}) are
 * listed but refuse control: stopping the ingest endpoint would make every source route fail, and a subscription
 * is paused through the subscriptions API. Callers record each action (see {@code audit.AdminActions}).
 */
@Component
public class RouteControl {

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
        return camel.getRoutes().stream()
                .sorted(Comparator.comparing((Route r) -> RouteViews.internal(r.getRouteId())).thenComparing(Route::getRouteId))
                .map(views::view).toList();
    }

    /** The route; UnknownRoute if no route has this id. */
    public RouteInfo find(String id) {
        return views.view(route(id));
    }

    /**
     * Does {@code action} (START, STOP, SUSPEND or RESUME) and answers the route afterwards. RouteActionRefused
     * for an internal route or a transition its state does not allow (starting a started route, resuming one
     * that is not suspended, …).
     */
    public RouteInfo apply(String id, RouteAction action) {
        route(id);
        controllable(id);
        RouteState state = views.state(id);
        RouteController controller = camel.getRouteController();
        try {
            switch (action) {
                case START -> {
                    allowed(state != RouteState.STARTED && state != RouteState.SUSPENDED, id, state, "start (resume a suspended route)");
                    controller.startRoute(id);
                }
                case STOP -> {
                    allowed(state != RouteState.STOPPED, id, state, "stop");
                    controller.stopRoute(id);
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
     * Starts one poll of a started polling route now, besides its schedule (in the background: a poll that finds a
     * file runs a whole sync run); answers what was done. A file route picks up new and changed files; files it
     * has read already are not read again. RouteActionRefused for a route that is not started or does not poll
     * (a timer, a broker consumer, the ingest endpoint).
     */
    public String runNow(String id) {
        Route route = route(id);
        controllable(id);
        RouteState state = views.state(id);
        allowed(state == RouteState.STARTED, id, state, "run");
        if (!(route.getConsumer() instanceof ScheduledPollConsumer poll)) {
            throw new RouteActionRefused("route '" + id + "' does not poll (its consumer is "
                    + route.getConsumer().getClass().getSimpleName() + "); it runs when its source sends");
        }
        polls.submit(() -> PollTimes.outsideSchedule(poll));
        return "one poll of " + route.getEndpoint().getEndpointBaseUri()
                + " was started; its sync run (if it finds new input) shows in /api/v1/sync-runs";
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
