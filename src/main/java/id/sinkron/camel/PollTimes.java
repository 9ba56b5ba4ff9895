package id.sinkron.camel;

import java.time.Instant;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * A polling consumer's poll strategy, wrapped to record when it polls: the start of its last poll (any poll, also an
 * empty one) and the scheduler's last poll since the route started, from which {@link PollSchedule} says when it
 * polls next; and why its last poll failed (a source that is down: a folder gone, a server that does not answer),
 * until a poll succeeds again. Camel's {@code ScheduledPollConsumer} calls {@code begin} before each poll and {@code commit} or
 * {@code rollback} after it, on the thread that polls; {@link PollRecorder} puts this on every polling route.
 */
final class PollTimes implements PollingConsumerPollStrategy {

    /** Set on the thread of a poll an administrator asked for: it does not move the scheduler's next poll. */
    private static final ThreadLocal<Boolean> ASKED = ThreadLocal.withInitial(() -> false);

    private final PollingConsumerPollStrategy delegate;
    private volatile Instant startedAt;
    private volatile PollSchedule.Poll scheduled;
    private volatile Instant lastPoll;
    private volatile Failure failure;

    /**
     * Why the route's polls fail.
     *
     * @param since the end of the first failed poll of this spell
     * @param message the last failed poll's error
     */
    record Failure(Instant since, String message) {}

    PollTimes(PollingConsumerPollStrategy delegate) {
        this.delegate = delegate;
    }

    /** Runs one poll of {@code consumer} outside its schedule (Run now), so that it does not count as a scheduled one. */
    static void outsideSchedule(Runnable consumer) {
        ASKED.set(true);
        try {
            consumer.run();
        } finally {
            ASKED.remove();
        }
    }

    /** The route (and with it the consumer's scheduler) started at {@code now}: its first poll is the initial delay away. */
    void started(Instant now) {
        startedAt = now;
        scheduled = null;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The scheduler's last poll since the route started; null if none yet. */
    PollSchedule.Poll scheduled() {
        return scheduled;
    }

    /** The start of the last poll, scheduled or asked for; null if it has not polled since Sinkron started. */
    Instant lastPoll() {
        return lastPoll;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        Instant now = Instant.now();
        lastPoll = now;
        if (!ASKED.get()) {
            scheduled = new PollSchedule.Poll(now, null);
        }
        boolean began = false;
        try {
            began = delegate.begin(consumer, endpoint);
            return began;
        } finally {
            if (!began) {
                ended();
            }
        }
    }

    /** Why the last poll failed, when it did and none has succeeded since; null otherwise. */
    Failure failure() {
        return failure;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        failure = null;
        try {
            delegate.commit(consumer, endpoint, polledMessages);
        } finally {
            ended();
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        Failure before = failure;
        failure = new Failure(before == null ? Instant.now() : before.since(), message(cause));
        try {
            return delegate.rollback(consumer, endpoint, retryCounter, cause);
        } finally {
            ended();
        }
    }

    private static String message(Throwable cause) {
        if (cause == null) {
            return "the poll failed";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        return root == cause || message.contains(String.valueOf(root.getMessage())) ? message : message + ": " + root.getMessage();
    }

    PollingConsumerPollStrategy delegate() {
        return delegate;
    }

    private void ended() {
        PollSchedule.Poll poll = scheduled;
        if (!ASKED.get() && poll != null && poll.running()) {
            scheduled = new PollSchedule.Poll(poll.start(), Instant.now());
        }
    }

    @Override
    public String toString() {
        return "PollTimes[" + delegate + "]";
    }
}
