package id.sinkron.subscription;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A subscription as its API shows it (never its secrets).
 *
 * @param eventTypes feed event types delivered ({@code person.created}, …); empty: all
 * @param regionPrefix only persons whose village code starts with this Kemendagri prefix (e.g. {@code 33.16}); null: all
 * @param fields the fields the agency is entitled to; empty: all
 * @param ownSources the agency's own sources: their record ids for the entity travel in each event
 * @param position the last feed sequence handled
 * @param lag events in the feed after {@code position}
 * @param deadLetters events in its dead-letter store (counted with the subscription: the console's overview lists
 *     every subscription that has some in one request)
 */
public record Subscription(
        long id,
        String agency,
        String name,
        List<String> entityTypes,
        List<String> eventTypes,
        String regionPrefix,
        List<String> fields,
        List<String> ownSources,
        Delivery delivery,
        String endpoint,
        int maxAttempts,
        OnDeadLetter onDeadLetter,
        SubscriptionStatus status,
        long position,
        long lag,
        long deadLetters,
        String lastError,
        OffsetDateTime lastErrorAt,
        OffsetDateTime lastDeliveredAt,
        OffsetDateTime createdAt) {

    public Subscription {
        entityTypes = List.copyOf(entityTypes);
        eventTypes = List.copyOf(eventTypes);
        fields = List.copyOf(fields);
        ownSources = List.copyOf(ownSources);
    }
}
