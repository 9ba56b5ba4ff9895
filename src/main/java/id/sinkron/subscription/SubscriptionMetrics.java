package id.sinkron.subscription;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per-subscription gauges ({@code sinkron.subscription.lag}, {@code .position}) and delivery counters, tagged by
 * subscription id and agency. The gauges read one snapshot of all subscriptions, taken by one query and kept for
 * {@link #MAX_AGE}, so a scrape costs at most one query however many subscriptions there are. The snapshot is
 * refreshed when {@code sinkron.subscriptions} is read, which is also when gauges of new subscriptions appear
 * and those of deleted ones go.
 */
@Component
class SubscriptionMetrics {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SubscriptionMetrics.class);

    private final Subscriptions subscriptions;
    private final MeterRegistry registry;
    private final MultiGauge lag;
    private final MultiGauge position;
    private volatile Map<Long, Subscription> snapshot = Map.of();
    private long takenAt = System.nanoTime() - MAX_AGE.toNanos();

    SubscriptionMetrics(Subscriptions subscriptions, MeterRegistry registry) {
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.lag = MultiGauge.builder("sinkron.subscription.lag")
                .description("Feed events after the subscription's position")
                .register(registry);
        this.position = MultiGauge.builder("sinkron.subscription.position")
                .description("The last feed sequence the subscription handled")
                .register(registry);
        Gauge.builder("sinkron.subscriptions", this, m -> m.current().size())
                .description("Subscriptions stored")
                .register(registry);
    }

    /** One event reached the subscriber. */
    void delivered(Subscription s) {
        counter("sinkron.subscription.delivered", "Events delivered to the subscriber", s).increment();
    }

    /** One event exhausted its attempts and went to the dead-letter store. */
    void deadLettered(Subscription s) {
        counter("sinkron.subscription.dead_letters", "Events dead-lettered after their last attempt", s).increment();
    }

    private Counter counter(String name, String description, Subscription s) {
        return Counter.builder(name).description(description).tags(tags(s)).register(registry);
    }

    private synchronized Map<Long, Subscription> current() {
        if (System.nanoTime() - takenAt < MAX_AGE.toNanos()) {
            return snapshot;
        }
        // taken before the query: a gauge read while registering must not query again
        takenAt = System.nanoTime();
        try {
            List<Subscription> all = subscriptions.list(null);
            snapshot = all.stream().collect(Collectors.toUnmodifiableMap(Subscription::id, Function.identity()));
            lag.register(all.stream().map(s -> MultiGauge.Row.of(tags(s), this, m -> m.value(s.id(), Subscription::lag))).toList(), false);
            position.register(all.stream().map(s -> MultiGauge.Row.of(tags(s), this, m -> m.value(s.id(), Subscription::position))).toList(), false);
        } catch (RuntimeException e) {
            // a scrape must not fail for it (the database may be going down with the service): the last values stay
            log.debug("Could not read the subscriptions for their metrics: {}", e.getMessage());
        }
        return snapshot;
    }

    private double value(long id, Function<Subscription, Long> of) {
        Subscription s = current().get(id);
        return s == null ? Double.NaN : of.apply(s);
    }

    private static Tags tags(Subscription s) {
        return Tags.of("subscription", Long.toString(s.id()), "agency", s.agency());
    }
}
