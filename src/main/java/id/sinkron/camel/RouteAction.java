package id.sinkron.camel;

/** What an administrator can do to a route. */
public enum RouteAction {
    /** Start a stopped (or given-up) route. */
    START,
    /** Stop a route gracefully: the exchange in flight completes; nothing is pulled until it is started. */
    STOP,
    /** Pause a started route's consumer. */
    SUSPEND,
    /** Continue a suspended route. */
    RESUME,
    /** One poll now, besides the schedule. */
    RUN,
    /** Re-read the route files. */
    RELOAD
}
