package id.sinkron.feed;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A change to append to the feed, written in the same transaction as the change itself.
 *
 * @param type e.g. {@code person.created}
 * @param entityType e.g. {@code person}
 * @param changed field to {@code {"old": …, "new": …}}
 * @param runId the sync run that caused it
 */
public record NewEvent(String type, String entityType, UUID entityId, int entityVersion, Map<String, Object> changed, Long runId) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        changed = Map.copyOf(changed);
    }
}
