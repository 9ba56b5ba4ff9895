package id.sinkron.camel;

/** What a route is doing, as an administrator sees it. */
public enum RouteState {
    /** Its consumer runs: a polling route polls on its schedule. */
    STARTED,
    /** Stopped by an administrator (or never started): nothing is pulled until it is started. */
    STOPPED,
    /** Its consumer is paused but the route keeps its resources; resuming is quick. */
    SUSPENDED,
    /** It failed to start and the supervising route controller tries it again with backoff. */
    RESTARTING,
    /** It failed to start and the supervising route controller gave up; only a start by hand tries again. */
    EXHAUSTED,
    /** Starting, stopping or another passing state. */
    CHANGING
}
