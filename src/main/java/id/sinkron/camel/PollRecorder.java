package id.sinkron.camel;

import java.time.Instant;
import org.apache.camel.Route;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.ScheduledPollConsumer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PollTimes} on the consumer of every polling route (file, FTP/SFTP, SQL, scheduler: Camel's
 * {@code ScheduledPollConsumer}) as the route starts — at start-up, when an administrator starts it, when the
 * supervising controller restarts it and when a reload adds it — so that route files need not name a poll strategy
 * for Sinkron to know when a route polled and will poll next; and records when each timer route starts and fires
 * ({@link TimerFires}). Camel adds {@code EventNotifier} beans to the context; this one listens to route events and
 * to the creation of exchanges (one a file, a poll or a fire, not one a record).
 */
@Component
class PollRecorder extends EventNotifierSupport {

    private final TimerFires timers = new TimerFires();

    PollRecorder() {
        setIgnoreCamelContextEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event.getType() == CamelEvent.Type.RouteStarting || event.getType() == CamelEvent.Type.RouteStarted
                || event.getType() == CamelEvent.Type.ExchangeCreated;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.RouteEvent routeEvent) {
            record(routeEvent.getRoute(), event.getType() == CamelEvent.Type.RouteStarting);
            if (event.getType() == CamelEvent.Type.RouteStarted) {
                timers.started(routeEvent.getRoute(), Instant.now());
            }
        } else if (event instanceof CamelEvent.ExchangeCreatedEvent created && created.getExchange().getFromRouteId() != null) {
            Route route = created.getExchange().getContext().getRoute(created.getExchange().getFromRouteId());
            if (route != null) {
                timers.exchange(route, Instant.now());
            }
        }
    }

    /** When the timer routes started and fired. */
    TimerFires timers() {
        return timers;
    }

    /**
     * Wraps the route's poll strategy unless it is wrapped already and marks the start; a route whose consumer Camel
     * creates only after it announced the start is wrapped when it has started.
     */
    static void record(Route route, boolean starting) {
        if (!(route.getConsumer() instanceof ScheduledPollConsumer poll)) {
            return;
        }
        if (poll.getPollStrategy() instanceof PollTimes times) {
            if (starting) {
                times.started(Instant.now());
            }
            return;
        }
        PollTimes times = new PollTimes(poll.getPollStrategy());
        times.started(Instant.now());
        poll.setPollStrategy(times);
    }
}
