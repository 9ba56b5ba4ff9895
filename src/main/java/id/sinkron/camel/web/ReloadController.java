package id.sinkron.camel.web;

import id.sinkron.audit.AdminActions;
import id.sinkron.camel.FileReload;
import id.sinkron.camel.RouteReloader;
import id.sinkron.source.SourceReload;
import id.sinkron.source.SourceReloader;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reloads of the source and route files while Sinkron runs, for administrators. The sources come first, so the
 * routes naming a changed source's schedule are created with the new one. The request is recorded through
 * {@link AdminActions} with the caller, and so is every file that did not stay unchanged, with its outcome and,
 * when refused, the errors.
 */
@RestController
class ReloadController {

    private final SourceReloader sources;
    private final RouteReloader routes;
    private final AdminActions actions;

    ReloadController(SourceReloader sources, RouteReloader routes, AdminActions actions) {
        this.sources = sources;
        this.routes = routes;
        this.actions = actions;
    }

    /**
     * @param files the route files
     * @param refused how many files (route and source) were refused; their routes and sources work as before
     * @param sources the source files
     */
    record ReloadView(List<FileReload> files, long refused, List<SourceReload> sources) {}

    /**
     * @param sources the source files
     * @param routes the route files created again because they name a source whose schedule changed
     * @param refused how many files (source and route) were refused
     */
    record SourcesReloadView(List<SourceReload> sources, List<FileReload> routes, long refused) {}

    private record Reload(List<SourceReload> sources, List<FileReload> routes) {

        long refused() {
            return sources.stream().filter(f -> f.outcome() == SourceReload.Outcome.REFUSED).count()
                    + routes.stream().filter(f -> f.outcome() == FileReload.Outcome.REFUSED).count();
        }
    }

    /** The source files, then every route file. */
    @PostMapping("/api/v1/routes/reload")
    ReloadView reload(Principal caller) {
        Reload done = reload(caller, "route.reload", "routes", routes::reload);
        return new ReloadView(done.routes(), done.refused(), done.sources());
    }

    /** The source files, then only the route files that name a source whose schedule changed. */
    @PostMapping("/api/v1/sources/reload")
    SourcesReloadView reloadSources(Principal caller) {
        Reload done = reload(caller, "source.reload", "sources", routes::recreate);
        return new SourcesReloadView(done.sources(), done.routes(), done.refused());
    }

    private synchronized Reload reload(Principal caller, String action, String target, Function<Set<String>, List<FileReload>> routeFiles) {
        String actor = caller == null ? "anonymous" : caller.getName();
        Reload done;
        try {
            SourceReloader.Reloaded reloaded = sources.reload();
            done = new Reload(reloaded.files(), routeFiles.apply(reloaded.scheduled()));
        } catch (RuntimeException e) {
            actions.record(actor, action, target, "failed: " + e.getMessage());
            throw e;
        }
        actions.record(actor, action, target, "done" + (done.refused() == 0 ? "" : ", " + done.refused() + " refused"));
        done.sources().stream().filter(f -> f.outcome() != SourceReload.Outcome.UNCHANGED).forEach(f -> actions.record(actor,
                "source.reload", f.file(), outcome(f.outcome()) + (f.source() == null ? "" : " " + f.source())
                        + (f.errors().isEmpty() ? "" : ": " + String.join("; ", f.errors()))));
        done.routes().stream().filter(f -> f.outcome() != FileReload.Outcome.UNCHANGED).forEach(f -> actions.record(actor,
                "route.reload", f.file(), outcome(f.outcome()) + (f.error() == null ? "" : ": " + f.error())
                        + (f.note() == null ? "" : " (" + f.note() + ")")));
        return done;
    }

    private static String outcome(Enum<?> outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}
