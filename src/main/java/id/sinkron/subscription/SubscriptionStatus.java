package id.sinkron.subscription;

/** Whether a subscription is being delivered. */
public enum SubscriptionStatus {
    /** Events are delivered as they come. */
    ACTIVE,
    /** Paused by an administrator; events wait and are delivered after resume. */
    PAUSED,
    /** Stopped after an event went to the dead-letter store under {@link OnDeadLetter#STOP}; resume to go on. */
    STOPPED
}
