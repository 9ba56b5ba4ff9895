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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.timer.TimerConsumer;
import org.apache.camel.component.timer.TimerEndpoint;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SetHeaderDefinition;
import org.apache.camel.model.ToDefinition;
import org.apache.camel.model.language.ConstantExpression;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.SupervisingRouteController;
import org.apache.camel.support.DefaultScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.util.backoff.BackOffTimer;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link RouteInfo} of a Camel route from Camel, the source declarations and the sync runs. A route whose
 * {@code autoStartup} is false is a route definition only until it is first started (Camel creates its
 * {@code Route} then, and {@code CamelContext.getRoutes()} does not list it before): routes are therefore listed
 * from the route definitions as well.
 */
@Component
class RouteViews {

    /** A placeholder standing for the whole value: {@code {{key}}} or {@code {{key:default}}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^:}]+)(?::[^}]*)?}}");

    private final CamelContext camel;
    /** Why an administrator's start of a route failed, by route id, until it is started or stopped again. */
    private final Map<String, String> failedStarts = new ConcurrentHashMap<>();
    private final Sources sources;
    private final SyncRuns runs;
    private final MeterRegistry meters;
    private final PollRecorder polls;

    RouteViews(CamelContext camel, Sources sources, SyncRuns runs, MeterRegistry meters, PollRecorder polls) {
        this.camel = camel;
        this.sources = sources;
        this.runs = runs;
        this.meters = meters;
        this.polls = polls;
    }

    /** Sinkron's own routes: the endpoint every source route hands records to, and subscription deliveries. */
    static boolean internal(String id) {
        return id.equals("sinkron-ingest") || id.startsWith("subscription-");
    }

    /** The ids of every route: created ones and those defined but never started. */
    static List<String> ids(CamelContext camel) {
        TreeSet<String> ids = new TreeSet<>();
        camel.getRoutes().forEach(r -> ids.add(r.getRouteId()));
        ((ModelCamelContext) camel).getRouteDefinitions().forEach(d -> ids.add(d.getRouteId()));
        return List.copyOf(ids);
    }

    /** A route with this id exists, created or only defined. */
    boolean exists(String id) {
        return camel.getRoute(id) != null || ((ModelCamelContext) camel).getRouteDefinition(id) != null;
    }

    /**
     * Whether the route starts with Sinkron: its {@code autoStartup} with its placeholders resolved (the route files
     * say {@code "{{sinkron.sources.x.enabled}}"}, which is not the literal "false" before it is resolved).
     */
    static boolean autoStarts(CamelContext camel, RouteDefinition route) {
        String value = route.getAutoStartup();
        if (value == null) {
            return true;
        }
        return !"false".equalsIgnoreCase(camel.resolvePropertyPlaceholders(value).trim());
    }

    /**
     * The configuration property that keeps the route from starting with Sinkron (the placeholder of its
     * {@code autoStartup}, resolving to false); {@code "autoStartup"} for a literal false; null if it starts.
     */
    static String disabledBy(CamelContext camel, String id) {
        RouteDefinition route = ((ModelCamelContext) camel).getRouteDefinition(id);
        if (route == null || autoStarts(camel, route)) {
            return null;
        }
        Matcher placeholder = PLACEHOLDER.matcher(route.getAutoStartup().trim());
        return placeholder.matches() ? placeholder.group(1) : "autoStartup";
    }

    /**
     * A start of the route by an administrator or a reload failed (null: it started, or was stopped): shown as its
     * reason while it is stopped, or retried before the supervisor's first retry failed.
     */
    void startFailed(String id, String reason) {
        if (reason == null) {
            failedStarts.remove(id);
        } else {
            failedStarts.put(id, reason);
        }
    }

    RouteState state(String id) {
        SupervisingRouteController supervisor = supervisor();
        Route route = camel.getRoute(id);
        if (supervisor != null && route != null) {
            if (supervisor.getExhaustedRoutes().contains(route)) {
                return RouteState.EXHAUSTED;
            }
            if (supervisor.getRestartingRoutes().contains(route)) {
                return RouteState.RESTARTING;
            }
        }
        ServiceStatus status = camel.getRouteController().getRouteStatus(id);
        if (status == null) {
            return route == null ? RouteState.STOPPED : RouteState.CHANGING;
        }
        return switch (status) {
            case Started -> RouteState.STARTED;
            case Stopped, Initialized, Initializing -> RouteState.STOPPED;
            case Suspended -> RouteState.SUSPENDED;
            default -> RouteState.CHANGING;
        };
    }

    /** The route (created or only defined); null if there is none with this id. */
    RouteInfo view(String id) {
        Route route = camel.getRoute(id);
        RouteDefinition definition = ((ModelCamelContext) camel).getRouteDefinition(id);
        if (route == null && definition == null) {
            return null;
        }
        RouteState state = state(id);
        Integer attempts = null;
        String reason = null;
        if (state == RouteState.RESTARTING || state == RouteState.EXHAUSTED) {
            BackOffTimer.Task task = supervisor().getRestartingRouteState(id);
            attempts = task == null ? null : (int) task.getCurrentAttempts();
            // the supervisor keeps the error of its retries only, not of the first start that failed
            Throwable error = supervisor().getRestartException(id);
            if (error == null && route != null && route.getLastError() != null) {
                error = route.getLastError().getException();
            }
            reason = error != null ? String.valueOf(error.getMessage()) : failedStarts.get(id);
        } else if (state == RouteState.STOPPED) {
            reason = failedStarts.get(id);
        }
        String source = source(id);
        Optional<Schedule> declared = Optional.ofNullable(source).flatMap(sources::find).map(SourceDefinition::schedule);
        Long delay = null;
        String cron = null;
        ScheduledPollConsumer poll = route != null && route.getConsumer() instanceof ScheduledPollConsumer p ? p : null;
        if (poll != null) {
            Object expression = poll.getSchedulerProperties() == null ? null : poll.getSchedulerProperties().get("cron");
            cron = expression == null ? null : expression.toString();
            delay = cron == null ? poll.getTimeUnit().toMillis(poll.getDelay()) : null;
        }
        TimerEndpoint timer = route != null && route.getEndpoint() instanceof TimerEndpoint t ? t : null;
        String schedule = declared.map(Schedule::text)
                .orElse(cron != null ? cron : delay != null ? Duration.ofMillis(delay).toString()
                        : timer != null && timer.getPeriod() > 0 ? Duration.ofMillis(timer.getPeriod()).toString() : null);
        String cronSchedule = declared.map(Schedule::cron).orElse(cron);
        SyncRun last = source == null ? null : runs.list(source, null, 1).stream().findFirst().orElse(null);
        PollTimes times = poll != null && poll.getPollStrategy() instanceof PollTimes t ? t : null;
        PollTimes.Failure pollFailure = times == null || state != RouteState.STARTED ? null : times.failure();
        String lastFailure = reason != null ? reason
                : pollFailure != null ? pollFailure.message()
                : last != null && last.status() == RunStatus.FAILED ? last.error() : null;
        Instant next = state != RouteState.STARTED ? null
                : cronSchedule != null ? nextRun(cronSchedule)
                : timer != null ? polls.timers().next(route, Instant.now()) : nextPoll(poll, times);
        Instant lastPoll = times != null ? times.lastPoll() : timer != null && route != null ? polls.timers().last(route) : null;
        String description = route != null ? route.getDescription() : definition.getDescription();
        String file = route != null ? file(route) : file(definition.getResource());
        boolean runnable = !internal(id) && state == RouteState.STARTED && (poll != null || timer != null);
        return new RouteInfo(id, description, source, file, internal(id), state, attempts, reason,
                disabledBy(camel, id), schedule, delay, last, offset(next), offset(lastPoll),
                poll != null ? Boolean.valueOf(poll.isPolling())
                        : route != null && route.getConsumer() instanceof TimerConsumer t && state == RouteState.STARTED ? t.isPolling() : null,
                runnable,
                count("camel.exchanges.total", id), count("camel.exchanges.failed", id), recordsPerSecond(last), lastFailure,
                offset(pollFailure == null ? null : pollFailure.since()));
    }

    /** The file a route was loaded from, as an absolute path; null for routes built in code. */
    static String file(Route route) {
        return file(route.getSourceResource());
    }

    /** The file a route was defined in, as an absolute path; null for routes built in code. */
    static String file(Resource resource) {
        if (resource == null || resource.getLocation() == null) {
            return null;
        }
        String location = resource.getLocation();
        return location.startsWith("file:") ? Path.of(location.substring(5)).toAbsolutePath().normalize().toString() : location;
    }

    /**
     * The constant {@code SinkronSource} header the route sets, the first in its steps and the steps nested in them
     * (a filter, an aggregate, …); for a route made from a template, with the template's parameters put in
     * ({@code {{source}}} → its value).
     */
    private String source(String id) {
        RouteDefinition definition = ((ModelCamelContext) camel).getRouteDefinition(id);
        if (definition == null) {
            return null;
        }
        return withTemplateParameters(sourceHeader(definition.getOutputs()), definition.getTemplateParameters());
    }

    /** The value of the first constant {@code SinkronSource} header set among the steps, depth first; null if none. */
    static String sourceHeader(List<ProcessorDefinition<?>> steps) {
        for (ProcessorDefinition<?> step : steps) {
            if (step instanceof SetHeaderDefinition header && "SinkronSource".equals(header.getName())
                    && header.getExpression() instanceof ConstantExpression constant) {
                return constant.getExpression();
            }
            String nested = step.getOutputs() == null ? null : sourceHeader(step.getOutputs());
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    /** The routes (other than itself) that send to the route's {@code direct:} endpoint; empty for other consumers. */
    List<String> callers(String id) {
        ModelCamelContext model = (ModelCamelContext) camel;
        RouteDefinition definition = model.getRouteDefinition(id);
        String uri = definition == null ? null : endpoint(definition.getInput().getEndpointUri());
        if (uri == null || !uri.startsWith("direct:")) {
            return List.of();
        }
        return model.getRouteDefinitions().stream()
                .filter(r -> !r.getRouteId().equals(id) && sendsTo(r.getOutputs(), uri))
                .map(RouteDefinition::getRouteId).sorted().toList();
    }

    private static boolean sendsTo(List<ProcessorDefinition<?>> steps, String uri) {
        for (ProcessorDefinition<?> step : steps) {
            if (step instanceof ToDefinition to && uri.equals(endpoint(to.getEndpointUri()))
                    || step.getOutputs() != null && sendsTo(step.getOutputs(), uri)) {
                return true;
            }
        }
        return false;
    }

    /** {@code direct://name?options} → {@code direct:name}. */
    private static String endpoint(String uri) {
        if (uri == null) {
            return null;
        }
        String plain = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        return plain.replaceFirst("^([a-z0-9+-]+):/+", "$1:");
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
