package id.sinkron.audit;

/**
 * The one place administrative actions are recorded: who did what to which thing, and how it ended. Every
 * controller that changes Sinkron's running state (routes, sources, keys) calls it once per request, and once more
 * per thing a request changed or refused (each file of a reload). They go to the audit log, beside the entry of
 * the API call itself.
 */
public interface AdminActions {

    /** The {@code method} of an action's audit entry: not an HTTP call of its own but what one did. */
    String METHOD = "ADMIN";

    /**
     * @param actor the caller's principal name, {@code anonymous} without one
     * @param action what was asked, e.g. {@code route.stop}
     * @param target what it was done to, e.g. the route id
     * @param outcome how it ended: {@code done}, or {@code refused: <reason>}
     */
    void record(String actor, String action, String target, String outcome);
}
