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
 * for Sinkron to know when a route polled and will poll next. Camel adds {@code EventNotifier} beans to the context;
 * this one listens to route events only, so exchanges emit no events for it.
 */
@Component
class PollRecorder extends EventNotifierSupport {

    PollRecorder() {
        setIgnoreCamelContextEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event.getType() == CamelEvent.Type.RouteStarting || event.getType() == CamelEvent.Type.RouteStarted;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.RouteEvent routeEvent) {
            record(routeEvent.getRoute(), event.getType() == CamelEvent.Type.RouteStarting);
        }
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
