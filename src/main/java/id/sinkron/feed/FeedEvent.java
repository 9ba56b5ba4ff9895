package id.sinkron.feed;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** An event as readers see it, with its place in the global order. */
public record FeedEvent(
        long seq,
        UUID eventId,
        String type,
        String entityType,
        UUID entityId,
        int entityVersion,
        Map<String, Object> changed,
        Long runId,
        OffsetDateTime occurredAt) {}
