package id.sinkron.subscription;

/** What a subscription does after an event exhausted its attempts and went to the dead-letter store. */
public enum OnDeadLetter {
    /** Go on with the next event. */
    CONTINUE,
    /** Stop the subscription until an administrator resumes it; nothing after the dead event is delivered. */
    STOP
}
