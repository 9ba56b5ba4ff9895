package id.sinkron.source;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code sources} component of {@code /actuator/health}: the declared sources, and every source file refused
 * (at start-up or by a reload) with its errors. A refused file makes it {@link #DEGRADED}, not DOWN: the other
 * sources run, and a restart would not mend the file; fixing it and reloading does.
 */
@Component
class SourcesHealthIndicator extends AbstractHealthIndicator {

    /** A source file was refused; Sinkron works for the other sources. Served with HTTP 200. */
    static final Status DEGRADED = new Status("DEGRADED", "a source file was refused; see its errors");

    private final Sources sources;

    SourcesHealthIndicator(Sources sources) {
        super("sources health check failed");
        this.sources = sources;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        health.withDetail("declared", sources.all().stream().map(SourceDefinition::id).toList());
        Map<String, Object> refused = new LinkedHashMap<>();
        for (SourceProblem problem : sources.problems()) {
            refused.put(problem.file(), Map.of("source", String.valueOf(problem.source()), "errors", problem.errors()));
        }
        if (!refused.isEmpty()) {
            health.withDetail("refused", refused);
        }
        health.status(refused.isEmpty() ? Status.UP : DEGRADED);
    }
}
