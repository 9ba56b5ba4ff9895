package id.sinkron.audit;

/**
 * The one place administrative actions are recorded: who did what to which thing, and how it ended. Every
 * controller that changes Sinkron's running state (routes, sources, keys) calls it once per request.
 */
public interface AdminActions {

    /**
     * @param actor the caller's principal name, {@code anonymous} without one
     * @param action what was asked, e.g. {@code route.stop}
     * @param target what it was done to, e.g. the route id
     * @param outcome how it ended: {@code done}, or {@code refused: <reason>}
     */
    void record(String actor, String action, String target, String outcome);
}
