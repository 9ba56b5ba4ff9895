package id.sinkron.subscription;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Carries rendered events to a push subscription's endpoint, with the retries its policy allows. Implemented
 * with Camel endpoints in the glue package, so this module stays free of Camel.
 */
public interface EventChannel {

    /**
     * Delivers {@code events} in order, retrying each with exponential backoff and jitter up to the
     * subscription's maximum attempts.
     *
     * @param delivered told the index of each event as soon as it (and every one before it) is delivered, so the
     *     position can follow closely and a crash repeats as little as possible
     * @throws DeliveryFailed naming the first event that could not be delivered; those before it were delivered
     */
    void deliver(Subscription subscription, SigningSecrets secrets, List<OutboundEvent> events, IntConsumer delivered);

    /** The subscription changed or is gone: release whatever was kept for it. */
    void forget(long subscriptionId);

    /** An event that exhausted its attempts. */
    class DeliveryFailed extends RuntimeException {

        private final int index;
        private final int attempts;

        public DeliveryFailed(int index, int attempts, String message, Throwable cause) {
            super(message, cause);
            this.index = index;
            this.attempts = attempts;
        }

        /** Position in the list passed to {@link #deliver} of the first event not delivered. */
        public int index() {
            return index;
        }

        public int attempts() {
            return attempts;
        }
    }
}
