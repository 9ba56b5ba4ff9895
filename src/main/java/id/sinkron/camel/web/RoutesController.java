package id.sinkron.camel.web;

import id.sinkron.audit.AdminActions;
import id.sinkron.camel.RouteAction;
import id.sinkron.camel.RouteActionRefused;
import id.sinkron.camel.RouteControl;
import id.sinkron.camel.RouteInfo;
import id.sinkron.web.NotFound;
import id.sinkron.web.Problems;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Route control for administrators. Every action (start, stop, suspend, resume, run) is recorded through
 * {@link AdminActions} with the caller, whether it was done or refused; reloads are {@link ReloadController}'s.
 */
@RestController
class RoutesController {

    private final RouteControl routes;
    private final AdminActions actions;

    RoutesController(RouteControl routes, AdminActions actions) {
        this.routes = routes;
        this.actions = actions;
    }

    record RoutesView(List<RouteInfo> routes) {}

    record RunStarted(String route, String note) {}

    @GetMapping("/api/v1/routes")
    RoutesView list() {
        return new RoutesView(routes.list());
    }

    @GetMapping("/api/v1/routes/{id}")
    RouteInfo get(@PathVariable String id) {
        return routes.find(id);
    }

    @PostMapping("/api/v1/routes/{id}/{action:start|stop|suspend|resume}")
    RouteInfo control(@PathVariable String id, @PathVariable String action, Principal caller) {
        RouteAction what = RouteAction.valueOf(action.toUpperCase(Locale.ROOT));
        return recorded(caller, "route." + action, id, () -> routes.apply(id, what));
    }

    @PostMapping("/api/v1/routes/{id}/run")
    ResponseEntity<RunStarted> run(@PathVariable String id, Principal caller) {
        String note = recorded(caller, "route.run", id, () -> routes.runNow(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RunStarted(id, note));
    }

    @ExceptionHandler(RouteActionRefused.class)
    ProblemDetail refused(RouteActionRefused e) {
        return Problems.problem(HttpStatus.CONFLICT, "route-action-refused", "Route action refused", e.getMessage());
    }

    private <T> T recorded(Principal caller, String action, String target, Supplier<T> work) {
        try {
            T result = work.get();
            actions.record(actor(caller), action, target, "done");
            return result;
        } catch (RouteActionRefused | NotFound e) {
            actions.record(actor(caller), action, target, "refused: " + e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            actions.record(actor(caller), action, target, "failed: " + e.getMessage());
            throw e;
        }
    }

    private static String actor(Principal caller) {
        return caller == null ? "anonymous" : caller.getName();
    }
}
