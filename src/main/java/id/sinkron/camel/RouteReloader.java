package id.sinkron.camel;

import id.sinkron.camel.FileReload.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.SupervisingRouteController;
import org.apache.camel.support.PluginHelper;
import org.springframework.stereotype.Component;

/**
 * Re-reads the route files of {@code sinkron.routes.dir} ({@code *.yaml}) while Sinkron runs. Each changed or new
 * file is parsed into route definitions first, without touching the running routes; a file that does not parse
 * is refused with Camel's error and its running routes stay as they were. A valid file's routes are stopped,
 * removed and replaced by the new ones, which start unless their {@code autoStartup} resolves to false; a new route
 * whose source is down is left to the supervising route controller, which retries it with backoff as at start-up;
 * if they fail to be added otherwise, the previous ones are put back.
 * Route configurations (shared error handling) are read at start-up only: a changed one is refused, saying so.
 * A file that names the properties of a source whose schedule a reload of the sources changed is created again
 * the same way, although it did not change, so that its placeholders are resolved anew.
 */
@Component
public class RouteReloader {

    /** How long a reload waits for the supervisor's first attempt to start a route it added. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    /** How a route file names a source's properties ({@code id.sinkron.source.SourceProperties}). */
    private static final String PROPERTY_PREFIX = "sinkron.source.";

    private final CamelContext camel;
    private final RouteViews views;
    private final Path dir;
    /** Content digests of the files as last loaded: a file whose digest differs is changed. */
    private final Map<Path, String> loaded;

    RouteReloader(CamelContext camel, RouteViews views, RoutesSettings settings) {
        this.camel = camel;
        this.views = views;
        this.dir = settings.dir().toAbsolutePath().normalize();
        this.loaded = new TreeMap<>(digests());
    }

    /** Applies every changed, new and removed route file; what happened to each file, by file name. */
    public List<FileReload> reload() {
        return reload(Set.of());
    }

    /**
     * Applies every changed, new and removed route file, and creates again the routes of the files that name the
     * properties ({@code sinkron.source.<id>.}) of {@code sources}, whose values changed: Camel resolves a
     * placeholder when it creates a route, so that is when a new schedule applies.
     */
    public synchronized List<FileReload> reload(Set<String> sources) {
        return reload(sources, true);
    }

    /** Creates again only the routes of the files that name the properties of {@code sources}. */
    public synchronized List<FileReload> recreate(Set<String> sources) {
        return reload(sources, false);
    }

    private List<FileReload> reload(Set<String> sources, boolean everyFile) {
        Map<Path, String> now = digests();
        TreeSet<Path> files = new TreeSet<>(loaded.keySet());
        files.addAll(now.keySet());
        List<FileReload> report = new ArrayList<>();
        for (Path file : files) {
            List<String> running = routesOf(file);
            String digest = now.get(file);
            List<String> named = digest == null ? List.of() : named(file, sources);
            if (!everyFile && named.isEmpty()) {
                continue;
            }
            if (digest == null) {
                replace(running, List.of());
                loaded.remove(file);
                report.add(new FileReload(file.toString(), Outcome.REMOVED, running, null, null));
            } else if (digest.equals(loaded.get(file)) && named.isEmpty()) {
                report.add(new FileReload(file.toString(), Outcome.UNCHANGED, running, null, null));
            } else {
                String note = named.isEmpty() ? null : "created again: it names the properties of source "
                        + String.join(", ", named.stream().map(s -> "'" + s + "'").toList()) + ", which a reload of the sources changed";
                report.add(apply(file, digest, running, note));
            }
        }
        return report;
    }

    /** Those of {@code sources} whose properties the file names. */
    private static List<String> named(Path file, Set<String> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return List.of(); // parsing it says why
        }
        return sources.stream().filter(s -> text.contains(PROPERTY_PREFIX + s + ".")).sorted().toList();
    }

    private FileReload apply(Path file, String digest, List<String> running, String note) {
        List<RouteDefinition> routes = new ArrayList<>();
        try {
            int configurations = parse(file, routes);
            String problem = configurations > 0
                    ? "it declares route configurations, which are read at start-up only: restart Sinkron to apply it"
                    : problem(routes, running);
            if (problem != null) {
                return new FileReload(file.toString(), Outcome.REFUSED, running, problem, note);
            }
            replace(running, routes);
        } catch (Exception e) {
            return new FileReload(file.toString(), Outcome.REFUSED, running, message(e), note);
        }
        Outcome outcome = loaded.containsKey(file) ? Outcome.UPDATED : Outcome.ADDED;
        loaded.put(file, digest);
        List<String> retried = routes.stream().filter(r -> RouteViews.autoStarts(camel, r)).map(RouteDefinition::getRouteId)
                .filter(this::retried).toList();
        if (!retried.isEmpty()) {
            String retry = "route " + String.join(", ", retried.stream().map(r -> "'" + r + "'").toList())
                    + " did not start and is retried with backoff (RESTARTING in /api/v1/routes, with the reason)";
            note = note == null ? retry : note + "; " + retry;
        }
        return new FileReload(file.toString(), outcome,
                routes.stream().map(RouteDefinition::getRouteId).toList(), null, note);
    }

    /** Parses the file into route definitions, not added to Camel; answers how many route configurations it has. */
    private int parse(Path file, List<RouteDefinition> routes) throws Exception {
        Resource resource = PluginHelper.getResourceLoader(camel).resolveResource("file:" + file);
        int configurations = 0;
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(camel).findRoutesBuilders(List.of(resource))) {
            if (!(builder instanceof RouteBuilder routeBuilder)) {
                throw new IllegalArgumentException("not a route file Sinkron can reload: " + builder.getClass().getName());
            }
            routes.addAll(routeBuilder.configureRoutes(camel).getRoutes());
            if (routeBuilder instanceof RouteConfigurationBuilder withConfigurations) {
                withConfigurations.configuration();
                configurations += withConfigurations.getRouteConfigurationCollection().getRouteConfigurations().size();
            }
        }
        return configurations;
    }

    /** Why the parsed routes cannot replace the running ones, or null. */
    private String problem(List<RouteDefinition> routes, List<String> running) {
        for (RouteDefinition route : routes) {
            String id = route.getRouteId();
            if (id == null || !route.hasCustomIdAssigned()) {
                return "every route needs an explicit id (route from " + route.getInput().getEndpointUri() + " has none)";
            }
            RouteDefinition existing = ((ModelCamelContext) camel).getRouteDefinition(id);
            if ((camel.getRoute(id) != null || existing != null) && !running.contains(id)) {
                return "route id '" + id + "' is already used by " + (camel.getRoute(id) != null
                        ? RouteViews.file(camel.getRoute(id)) : RouteViews.file(existing.getResource()));
            }
        }
        return null;
    }

    /** Stops and removes the running routes, adds and starts the new ones; puts the old ones back if that fails. */
    private void replace(List<String> running, List<RouteDefinition> routes) {
        ModelCamelContext model = (ModelCamelContext) camel;
        List<RouteDefinition> previous = running.stream().map(model::getRouteDefinition).filter(Objects::nonNull).toList();
        try {
            remove(previous);
            add(routes);
        } catch (Exception e) {
            try {
                remove(routes.stream().map(r -> model.getRouteDefinition(r.getRouteId())).filter(Objects::nonNull).toList());
                add(previous);
            } catch (Exception again) {
                e.addSuppressed(again);
            }
            throw new IllegalStateException(message(e), e);
        }
    }

    private void remove(List<RouteDefinition> routes) throws Exception {
        ModelCamelContext model = (ModelCamelContext) camel;
        for (RouteDefinition route : routes) {
            camel.getRouteController().stopRoute(route.getRouteId());
            model.removeRouteDefinition(route);
        }
    }

    private void add(List<RouteDefinition> routes) throws Exception {
        SupervisingRouteController supervisor = camel.getRouteController().isSupervising()
                ? camel.getRouteController().adapt(SupervisingRouteController.class) : null;
        long initialDelay = supervisor == null ? 0 : supervisor.getInitialDelay();
        try {
            if (supervisor != null && initialDelay <= 0) {
                // the supervisor starts a route added to a started context at once, inside the adding; if that
                // start fails, Camel removes the route again and the supervisor's retries are lost. With a delay,
                // the route is added first and started (below) the way the supervisor starts it at start-up.
                supervisor.setInitialDelay(1);
            }
            ((ModelCamelContext) camel).addRouteDefinitions(routes);
        } finally {
            if (supervisor != null) {
                supervisor.setInitialDelay(initialDelay);
            }
        }
        for (RouteDefinition route : routes) {
            String id = route.getRouteId();
            // autoStartup is a placeholder in the shipped files ({{sinkron.sources.x.enabled}}): resolved, a route
            // switched off by configuration stays off when its file is reloaded
            if (camel.getRouteController().getRouteStatus(id) == ServiceStatus.Started || supervised(id)
                    || !RouteViews.autoStarts(camel, route)) {
                continue;
            }
            try {
                camel.getRouteController().startRoute(id);
                views.startFailed(id, null);
            } catch (Exception e) {
                // a supervised route whose source is down is kept: the supervisor retries it with backoff. Its own
                // first attempt runs on its thread and may not have failed yet (CI saw a loaded machine refuse the file)
                if (!retried(id)) {
                    throw e;
                }
                views.startFailed(id, message(e));
            }
        }
    }

    /**
     * Whether a route just added failed to start and is left to the supervisor. The supervisor makes its first attempt
     * on its own thread, which may still be under way when the add returns: wait (at most {@link #SETTLE}) until the
     * route has started or is among the supervisor's restarting routes.
     */
    private boolean retried(String id) {
        long until = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            if (supervised(id)) {
                return true;
            }
            if (camel.getRouteController().getRouteStatus(id) == ServiceStatus.Started || System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return supervised(id);
            }
        }
    }

    /** The route is being retried by the supervising route controller after it failed to start. */
    private boolean supervised(String id) {
        Route route = camel.getRoute(id);
        return route != null && camel.getRouteController().isSupervising() && camel.getRouteController()
                .adapt(SupervisingRouteController.class).getRestartingRoutes().contains(route);
    }

    /** The routes defined in the file, created or not (a route switched off by configuration is a definition only). */
    private List<String> routesOf(Path file) {
        ModelCamelContext model = (ModelCamelContext) camel;
        return RouteViews.ids(camel).stream().filter(id -> {
            Route route = camel.getRoute(id);
            RouteDefinition definition = model.getRouteDefinition(id);
            String from = route != null ? RouteViews.file(route) : definition == null ? null : RouteViews.file(definition.getResource());
            return file.toString().equals(from);
        }).sorted().toList();
    }

    /** The exception's message and, where different, its root cause's (which names file, line and column for YAML). */
    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        return root == e || message.contains(String.valueOf(root.getMessage())) ? message : message + ": " + root.getMessage();
    }

    private Map<Path, String> digests() {
        Map<Path, String> digests = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return digests;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).toList()) {
                digests.put(file.toAbsolutePath().normalize(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the route files in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }
}
