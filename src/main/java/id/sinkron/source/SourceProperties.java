package id.sinkron.source;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * Offers each declared source's schedule to routes as properties, so a route file says
 * {@code delay: "{{sinkron.source.dukcapil-blora.schedule-delay-ms:5000}}"} and the schedule lives in the source's
 * declaration with the rest of its configuration:
 *
 * <ul>
 *   <li>{@code sinkron.source.<id>.schedule}: as declared;</li>
 *   <li>{@code sinkron.source.<id>.schedule-delay-ms}: a duration in milliseconds (the {@code delay} of a polling
 *       consumer), for {@code schedule: PT15M};</li>
 *   <li>{@code sinkron.source.<id>.schedule-cron}: a cron expression (with {@code scheduler: spring},
 *       {@code scheduler.cron}), for {@code schedule: "0 0 2 * * *"}.</li>
 * </ul>
 *
 * A Spring property source: Camel resolves {@code {{…}}} placeholders through Spring's environment. It is added
 * while the beans are created, before Camel loads the routes. A refused source has no properties, and a
 * placeholder that resolves to nothing fails the creation of its route, which stops Camel's start-up as a whole:
 * routes therefore give a default, {@code {{sinkron.source.dukcapil-blora.schedule-delay-ms:5000}}}. The route
 * of a refused source then polls as usual and refuses each input once ({@link UnknownSource}, not redelivered).
 * A reload of the sources replaces the properties ({@link SourceReloader}); the routes that name a changed
 * source's properties are then created again, so they read the new values.
 */
@Component
class SourceProperties {

    static final String NAME = "sinkron-sources";
    static final String PREFIX = "sinkron.source.";

    private final ConfigurableEnvironment environment;
    private final Sources sources;

    SourceProperties(ConfigurableEnvironment environment, Sources sources) {
        this.environment = environment;
        this.sources = sources;
        environment.getPropertySources().remove(NAME);
        environment.getPropertySources().addLast(new MapPropertySource(NAME, of(sources)));
    }

    /**
     * Replaces the properties with those of the sources declared now, after a reload; answers them. A route that
     * is running keeps the values it was created with until it is created again.
     */
    synchronized Map<String, Object> refresh() {
        Map<String, Object> now = of(sources);
        environment.getPropertySources().replace(NAME, new MapPropertySource(NAME, now));
        return now;
    }

    /** The source id of one of these properties. */
    static String sourceOf(String property) {
        return property.substring(PREFIX.length(), property.lastIndexOf('.'));
    }

    static Map<String, Object> of(Sources sources) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (SourceDefinition source : sources.all()) {
            Schedule schedule = source.schedule();
            if (schedule == null) {
                continue;
            }
            String prefix = PREFIX + source.id() + ".";
            properties.put(prefix + "schedule", schedule.text());
            if (schedule.every() != null) {
                properties.put(prefix + "schedule-delay-ms", String.valueOf(schedule.every().toMillis()));
            } else {
                properties.put(prefix + "schedule-cron", schedule.cron());
            }
        }
        return properties;
    }
}
