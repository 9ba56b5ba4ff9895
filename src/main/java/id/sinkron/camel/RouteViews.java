package id.sinkron.camel;

import id.sinkron.audit.RunStatus;
import id.sinkron.audit.SyncRun;
import id.sinkron.audit.SyncRuns;
import id.sinkron.source.Schedule;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SetHeaderDefinition;
import org.apache.camel.model.language.ConstantExpression;
import org.apache.camel.spi.SupervisingRouteController;
import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.util.backoff.BackOffTimer;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/** Builds the {@link RouteInfo} of a running Camel route from Camel, the source declarations and the sync runs. */
@Component
class RouteViews {

    private final CamelContext camel;
    private final Sources sources;
    private final SyncRuns runs;
    private final MeterRegistry meters;

    RouteViews(CamelContext camel, Sources sources, SyncRuns runs, MeterRegistry meters) {
        this.camel = camel;
        this.sources = sources;
        this.runs = runs;
        this.meters = meters;
    }

    /** Sinkron's own routes: the endpoint every source route hands records to, and subscription deliveries. */
    static boolean internal(String id) {
        return id.equals("sinkron-ingest") || id.startsWith("subscription-");
    }

    RouteState state(String id) {
        SupervisingRouteController supervisor = supervisor();
        if (supervisor != null) {
            Route route = camel.getRoute(id);
            if (supervisor.getExhaustedRoutes().contains(route)) {
                return RouteState.EXHAUSTED;
            }
            if (supervisor.getRestartingRoutes().contains(route)) {
                return RouteState.RESTARTING;
            }
        }
        ServiceStatus status = camel.getRouteController().getRouteStatus(id);
        if (status == null) {
            return RouteState.CHANGING;
        }
        return switch (status) {
            case Started -> RouteState.STARTED;
            case Stopped, Initialized, Initializing -> RouteState.STOPPED;
            case Suspended -> RouteState.SUSPENDED;
            default -> RouteState.CHANGING;
        };
    }

    RouteInfo view(Route route) {
        String id = route.getRouteId();
        RouteState state = state(id);
        Integer attempts = null;
        String reason = null;
        if (state == RouteState.RESTARTING || state == RouteState.EXHAUSTED) {
            BackOffTimer.Task task = supervisor().getRestartingRouteState(id);
            attempts = task == null ? null : (int) task.getCurrentAttempts();
            Throwable error = supervisor().getRestartException(id);
            reason = error == null ? null : String.valueOf(error.getMessage());
        }
        String source = source(id);
        Optional<Schedule> declared = Optional.ofNullable(source).flatMap(sources::find).map(SourceDefinition::schedule);
        Long delay = null;
        String cron = null;
        ScheduledPollConsumer poll = route.getConsumer() instanceof ScheduledPollConsumer p ? p : null;
        if (poll != null) {
            Object expression = poll.getSchedulerProperties() == null ? null : poll.getSchedulerProperties().get("cron");
            cron = expression == null ? null : expression.toString();
            delay = cron == null ? poll.getTimeUnit().toMillis(poll.getDelay()) : null;
        }
        String schedule = declared.map(Schedule::text)
                .orElse(cron != null ? cron : delay != null ? Duration.ofMillis(delay).toString() : null);
        String cronSchedule = declared.map(Schedule::cron).orElse(cron);
        SyncRun last = source == null ? null : runs.list(source, null, 1).stream().findFirst().orElse(null);
        String lastFailure = reason != null ? reason
                : last != null && last.status() == RunStatus.FAILED ? last.error() : null;
        PollTimes times = poll != null && poll.getPollStrategy() instanceof PollTimes t ? t : null;
        Instant next = state != RouteState.STARTED ? null
                : cronSchedule != null ? nextRun(cronSchedule) : nextPoll(poll, times);
        return new RouteInfo(id, route.getDescription(), source, file(route), internal(id), state, attempts, reason,
                schedule, delay, last, offset(next), offset(times == null ? null : times.lastPoll()),
                poll == null ? null : poll.isPolling(),
                count("camel.exchanges.total", id), count("camel.exchanges.failed", id), recordsPerSecond(last), lastFailure);
    }

    /** The file a route was loaded from, as an absolute path; null for routes built in code. */
    static String file(Route route) {
        if (route.getSourceResource() == null || route.getSourceResource().getLocation() == null) {
            return null;
        }
        String location = route.getSourceResource().getLocation();
        return location.startsWith("file:") ? Path.of(location.substring(5)).toAbsolutePath().normalize().toString() : location;
    }

    /**
     * The constant {@code SinkronSource} header the route sets, if it sets one among its top-level steps; for a
     * route made from a template, with the template's parameters put in ({@code {{source}}} → its value).
     */
    private String source(String id) {
        RouteDefinition definition = ((ModelCamelContext) camel).getRouteDefinition(id);
        if (definition == null) {
            return null;
        }
        for (ProcessorDefinition<?> step : definition.getOutputs()) {
            if (step instanceof SetHeaderDefinition header && "SinkronSource".equals(header.getName())
                    && header.getExpression() instanceof ConstantExpression constant) {
                return withTemplateParameters(constant.getExpression(), definition.getTemplateParameters());
            }
        }
        return null;
    }

    static String withTemplateParameters(String value, Map<String, Object> parameters) {
        if (value == null || parameters == null || !value.contains("{{")) {
            return value;
        }
        String resolved = value;
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            resolved = resolved.replace("{{" + parameter.getKey() + "}}", String.valueOf(parameter.getValue()));
        }
        return resolved;
    }

    private static Instant nextRun(String cron) {
        ZonedDateTime next = CronExpression.parse(cron).next(ZonedDateTime.now(ZoneId.systemDefault()));
        return next == null ? null : next.toInstant();
    }

    /**
     * The next poll of a consumer on Camel's own scheduler, from the times {@link PollRecorder} recorded; null for
     * another scheduler (Quartz, Spring), a consumer whose scheduler does not start by itself, or one not recorded.
     */
    private static Instant nextPoll(ScheduledPollConsumer poll, PollTimes times) {
        if (poll == null || times == null || times.startedAt() == null || !poll.isStartScheduler()
                || !(poll.getScheduler() instanceof DefaultScheduledPollConsumerScheduler scheduler)) {
            return null;
        }
        TimeUnit unit = scheduler.getTimeUnit();
        return new PollSchedule(Duration.ofMillis(unit.toMillis(scheduler.getInitialDelay())),
                Duration.ofMillis(unit.toMillis(scheduler.getDelay())), scheduler.isUseFixedDelay())
                .next(times.startedAt(), times.scheduled(), Instant.now());
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static Double recordsPerSecond(SyncRun run) {
        if (run == null || run.endedAt() == null || run.counts().read() == 0) {
            return null;
        }
        long millis = Math.max(1, Duration.between(run.startedAt(), run.endedAt()).toMillis());
        return Math.round(run.counts().read() * 10_000.0 / millis) / 10.0;
    }

    private Long count(String meter, String routeId) {
        Counter counter = meters.find(meter).tag("routeId", routeId).counter();
        return counter == null ? null : (long) counter.count();
    }

    private SupervisingRouteController supervisor() {
        return camel.getRouteController().isSupervising()
                ? camel.getRouteController().adapt(SupervisingRouteController.class) : null;
    }
}
