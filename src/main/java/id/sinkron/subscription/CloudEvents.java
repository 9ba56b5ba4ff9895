package id.sinkron.subscription;

import id.sinkron.canonical.PersonField;
import id.sinkron.canonical.Persons;
import id.sinkron.canonical.Persons.SourceRef;
import id.sinkron.canonical.Persons.VersionKey;
import id.sinkron.database.Jsonb;
import id.sinkron.feed.FeedEvent;
import id.sinkron.normalize.Masks;
import id.sinkron.security.Entitlements;
import id.sinkron.service.Services;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Renders feed events for a subscription as CloudEvents 1.0: filtered by entity type, event type and region,
 * projected to the agency's entitled fields, with the agency's own record ids for the entity so it can correct
 * its copy. A person who moved out of the subscribed region is still announced, with the move. Service events
 * ({@code service.created}, {@code service.updated}) follow {@link ServiceEvents}.
 */
@Component
public class CloudEvents {

    public static final String TYPE_PREFIX = "id.sinkron.";
    private static final String MERGED = "person.merged";

    private final Persons persons;
    private final ServiceEvents services;
    private final DeliverySettings settings;
    private final Entitlements entitlements;

    CloudEvents(Persons persons, ServiceEvents services, DeliverySettings settings, Entitlements entitlements) {
        this.persons = persons;
        this.services = services;
        this.settings = settings;
        this.entitlements = entitlements;
    }

    /** The events of {@code events} this subscription receives, in feed order. */
    public List<OutboundEvent> render(Subscription subscription, List<FeedEvent> events) {
        List<FeedEvent> typed = events.stream()
                .filter(e -> subscription.entityTypes().contains(e.entityType()))
                .filter(e -> subscription.eventTypes().isEmpty() || subscription.eventTypes().contains(e.type()))
                .toList();
        List<FeedEvent> personEvents = typed.stream().filter(e -> !ServiceEvents.isService(e)).toList();
        Map<VersionKey, Map<String, Object>> records = persons.recordsAt(
                personEvents.stream().map(e -> new VersionKey(e.entityId(), e.entityVersion())).distinct().toList());
        Map<UUID, List<SourceRef>> links = persons.linksFrom(
                personEvents.stream().map(FeedEvent::entityId).distinct().toList(), subscription.ownSources());
        Map<Services.VersionKey, ServiceEvents.Entry> serviceEntries = services.entries(subscription, typed);
        List<OutboundEvent> out = new ArrayList<>(typed.size());
        for (FeedEvent event : typed) {
            if (ServiceEvents.isService(event)) {
                ServiceEvents.Entry entry = serviceEntries.get(new Services.VersionKey(event.entityId(), event.entityVersion()));
                if (entry != null) {
                    out.add(render(event, serviceValues(entry.record(), subscription), serviceValues(event.changed(), subscription),
                            entry.links()));
                }
                continue;
            }
            Map<String, Object> record = records.getOrDefault(new VersionKey(event.entityId(), event.entityVersion()), Map.of());
            if (!inRegion(subscription.regionPrefix(), record, event.changed())) {
                continue;
            }
            // the agency's entitlements bound what it receives, whatever the subscription asks for
            Set<String> fields = entitlements.projection(subscription.agency(), subscription.fields());
            Map<String, Object> changed = MERGED.equals(event.type()) ? mergedIds(event.changed())
                    : disclose(event.changed(), fields, subscription.agency());
            out.add(render(event, disclose(record, fields, subscription.agency()), changed,
                    links.getOrDefault(event.entityId(), List.of())));
        }
        return out;
    }

    /** @param record and {@code changed}: already projected to what the subscription may see */
    private OutboundEvent render(FeedEvent event, Map<String, Object> record, Map<String, Object> changed, List<SourceRef> links) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("specversion", "1.0");
        attributes.put("id", event.eventId().toString());
        attributes.put("source", settings.eventSource());
        attributes.put("type", TYPE_PREFIX + event.type());
        attributes.put("subject", event.entityId().toString());
        attributes.put("time", event.occurredAt().toInstant().toString());
        attributes.put("datacontenttype", "application/json");
        attributes.put("sinkronseq", event.seq());
        attributes.put("sinkronversion", event.entityVersion());

        Map<String, Object> data = new LinkedHashMap<>();
        data.put(event.entityType(), record);
        data.put("changed", changed);
        data.put("source_record_ids", links.stream()
                .map(l -> Map.of("source", l.source(), "source_record_id", l.sourceRecordId())).toList());

        Map<String, Object> structured = new LinkedHashMap<>(attributes);
        structured.put("data", data);
        return new OutboundEvent(event.seq(), event.eventId(), event.entityId(), attributes, data, Jsonb.write(structured), Jsonb.write(data));
    }

    /** A service's values for a subscription: its person's NIK only when asked for, and masked unless entitled. */
    private Map<String, Object> serviceValues(Map<String, Object> values, Subscription subscription) {
        Map<String, Object> out = new LinkedHashMap<>(ServiceEvents.project(values, subscription.fields()));
        if (out.containsKey(ServiceEvents.PERSON_NIK) && !entitlements.inClear(subscription.agency(), PersonField.NIK.wireName())) {
            out.put(ServiceEvents.PERSON_NIK, masked(out.get(ServiceEvents.PERSON_NIK)));
        }
        return out;
    }

    /** The values of {@code fields}; identity numbers the agency is not entitled to are masked, also in changes. */
    private Map<String, Object> disclose(Map<String, Object> values, Set<String> fields, String agency) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (fields.contains(k)) {
                out.put(k, Entitlements.IDENTITY_NUMBERS.contains(k) && !entitlements.inClear(agency, k) ? masked(v) : v);
            }
        });
        return out;
    }

    /**
     * What a subscriber needs of a merge: which person id to replace by which. The steward's reason is free text
     * that may name people, so it stays in Sinkron (the feed API and the merge log).
     */
    private static Map<String, Object> mergedIds(Map<String, Object> changed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("surviving_id", changed.get("surviving_id"));
        out.put("retired_id", changed.get("retired_id"));
        return out;
    }

    private static Object masked(Object value) {
        if (value instanceof Map<?, ?> change) {
            Map<String, Object> out = new LinkedHashMap<>();
            change.forEach((k, v) -> out.put(String.valueOf(k), masked(v)));
            return out;
        }
        return value instanceof String s ? Masks.number(s) : value;
    }

    @SuppressWarnings("unchecked")
    static boolean inRegion(String prefix, Map<String, Object> record, Map<String, Object> changed) {
        if (prefix == null) {
            return true;
        }
        if (record.get("village_code") instanceof String code && code.startsWith(prefix)) {
            return true;
        }
        return changed.get("village_code") instanceof Map<?, ?> move
                && ((Map<String, Object>) move).get("old") instanceof String old && old.startsWith(prefix);
    }
}
