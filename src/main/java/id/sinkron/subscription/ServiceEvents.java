package id.sinkron.subscription;

import id.sinkron.canonical.PersonField;
import id.sinkron.canonical.Persons;
import id.sinkron.canonical.Persons.SourceRef;
import id.sinkron.feed.FeedEvent;
import id.sinkron.service.ServiceWriter;
import id.sinkron.service.Services;
import id.sinkron.service.Services.VersionKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a subscription sees of service events. A service record is the agency's enrolment, not personal data,
 * so it travels whole, except {@code person_nik}, which only a subscription entitled to {@code nik} receives.
 * A region-filtered subscription receives the services of persons living in its region now; a service whose
 * person is not resolved lives nowhere and goes only to subscriptions without a region.
 */
@Component
class ServiceEvents {

    static final String PERSON_NIK = "person_nik";

    private final Services services;
    private final Persons persons;

    ServiceEvents(Services services, Persons persons) {
        this.services = services;
        this.persons = persons;
    }

    /** A service event as a subscription receives it: the record at the event's version and the agency's own record id. */
    record Entry(Map<String, Object> record, List<SourceRef> links) {}

    static boolean isService(FeedEvent event) {
        return ServiceWriter.ENTITY.equals(event.entityType());
    }

    /** The service events of {@code events} this subscription receives, by version; the others are left out. */
    Map<VersionKey, Entry> entries(Subscription subscription, List<FeedEvent> events) {
        List<VersionKey> keys = events.stream().filter(ServiceEvents::isService)
                .map(e -> new VersionKey(e.entityId(), e.entityVersion())).distinct().toList();
        Map<VersionKey, Entry> entries = new HashMap<>();
        if (keys.isEmpty()) {
            return entries;
        }
        Map<VersionKey, Services.ServiceVersion> versions = services.versionsAt(keys);
        Map<UUID, String> villages = subscription.regionPrefix() == null ? Map.of() : persons.villageCodes(versions.values().stream()
                .map(v -> v.record().get("person_id")).filter(String.class::isInstance).map(id -> UUID.fromString((String) id)).distinct().toList());
        versions.forEach((key, version) -> {
            Object person = version.record().get("person_id");
            String village = person instanceof String id ? villages.get(UUID.fromString(id)) : null;
            if (subscription.regionPrefix() != null && (village == null || !village.startsWith(subscription.regionPrefix()))) {
                return;
            }
            Object source = version.provenance().get("source");
            List<SourceRef> links = source instanceof String s && subscription.ownSources().contains(s)
                    ? List.of(new SourceRef(s, String.valueOf(version.provenance().get("source_record_id"))))
                    : List.of();
            entries.put(key, new Entry(version.record(), links));
        });
        return entries;
    }

    /** The service values a subscription may see: all but the NIK, unless it is entitled to NIKs. */
    static Map<String, Object> project(Map<String, Object> values, List<String> fields) {
        if (fields.isEmpty() || fields.contains(PersonField.NIK.wireName())) {
            return values;
        }
        Map<String, Object> out = new LinkedHashMap<>(values);
        out.remove(PERSON_NIK);
        return out;
    }
}
