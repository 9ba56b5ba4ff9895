package id.sinkron.subscription;

import id.sinkron.feed.Feed;
import id.sinkron.feed.FeedEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the feed to push subscriptions. Each subscription is drained by at most one worker at a time, on
 * this instance and across all instances sharing the database ({@link DeliveryClaims}), strictly in feed order (so in order per entity); different subscriptions are delivered concurrently. The
 * position moves only after an event was delivered, dead-lettered or filtered out, so a crash repeats at
 * most the events in flight, with the same ids. Woken by {@link FeedWakeUp} on every commit that appends
 * events, and by a periodic check as the fallback.
 */
@Component
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Subscriptions subscriptions;
    private final Feed feed;
    private final CloudEvents cloudEvents;
    private final EventChannel channel;
    private final DeliverySettings settings;
    private final DeliveryClaims claims;
    private final SubscriptionMetrics metrics;
    private final Set<Long> draining = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean ready;
    private ExecutorService workers;
    private ScheduledExecutorService ticker;

    public Dispatcher(Subscriptions subscriptions, Feed feed, CloudEvents cloudEvents, EventChannel channel, DeliverySettings settings,
            DeliveryClaims claims, SubscriptionMetrics metrics) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.channel = channel;
        this.settings = settings;
        this.claims = claims;
        this.metrics = metrics;
    }

    /** Starts a worker for every active push subscription that is behind, unless one is already at it. */
    public void wake() {
        if (!running || !ready) {
            return;
        }
        try {
            for (Subscription s : subscriptions.due()) {
                if (draining.add(s.id())) {
                    workers.execute(() -> {
                        try {
                            Optional<DeliveryClaims.Claim> claim = claims.tryClaim(s.id());
                            if (claim.isPresent()) {
                                try (DeliveryClaims.Claim held = claim.get()) {
                                    drain(s.id());
                                }
                            }
                        } finally {
                            draining.remove(s.id());
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for due subscriptions: {}", e.getMessage());
        }
    }

    void drain(long id) {
        while (running) {
            Optional<Subscription> found = subscriptions.find(id);
            if (found.isEmpty() || found.get().status() != SubscriptionStatus.ACTIVE) {
                return;
            }
            Subscription s = found.get();
            List<FeedEvent> events = feed.after(s.position(), settings.batchSize());
            if (events.isEmpty()) {
                return;
            }
            long last = events.get(events.size() - 1).seq();
            List<OutboundEvent> out = List.of();
            long[] position = {s.position()};
            try {
                List<OutboundEvent> rendered = cloudEvents.render(s, events);
                out = rendered;
                if (!rendered.isEmpty()) {
                    channel.deliver(s, subscriptions.secrets(id), rendered, index -> {
                        long seq = rendered.get(index).seq();
                        subscriptions.advance(id, position[0], seq, true);
                        position[0] = seq;
                        metrics.delivered(s);
                    });
                }
                subscriptions.advance(id, position[0], last, false);
            } catch (EventChannel.DeliveryFailed failed) {
                if (!deadLetter(s, position[0], out, failed)) {
                    return;
                }
            } catch (RuntimeException e) {
                // the channel itself broke (bad endpoint URI, Camel stopping): try again at the next wake
                log.warn("Subscription {}: delivery interrupted: {}", id, e.getMessage());
                subscriptions.recordError(id, describe(e));
                return;
            }
        }
    }

    /** Stores the event that exhausted its attempts; answers whether the subscription goes on. */
    private boolean deadLetter(Subscription s, long position, List<OutboundEvent> out, EventChannel.DeliveryFailed failed) {
        OutboundEvent dead = out.get(failed.index());
        String error = describe(failed.getCause() == null ? failed : failed.getCause());
        log.warn("Subscription {}: event {} (seq {}) dead after {} attempts: {}", s.id(), dead.eventId(), dead.seq(), failed.attempts(), error);
        subscriptions.deadLetter(s.id(), dead.seq(), dead.eventId(), failed.attempts(), error, dead.structured());
        subscriptions.recordError(s.id(), error);
        metrics.deadLettered(s);
        if (s.onDeadLetter() == OnDeadLetter.STOP) {
            subscriptions.advance(s.id(), position, dead.seq() - 1, false);
            subscriptions.setStatus(s.id(), SubscriptionStatus.STOPPED);
            return false;
        }
        subscriptions.advance(s.id(), position, dead.seq(), false);
        return true;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            log.info("Delivery to subscribers is disabled on this instance (sinkron.delivery.enabled=false)");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.threads(), r -> daemon(r, "sinkron-delivery-" + n.incrementAndGet()));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sinkron-delivery-ticker"));
        running = true;
    }

    /** Deliveries begin once the application, Camel included, is fully up. */
    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        if (running) {
            ready = true;
            long every = settings.pollInterval().toMillis();
            ticker.scheduleWithFixedDelay(this::wake, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (ticker != null) {
            ticker.shutdownNow();
            workers.shutdown();
            try {
                if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                workers.shutdownNow();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after, and stops before, the Camel context it delivers through. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
