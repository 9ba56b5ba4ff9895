package id.sinkron.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds the golden person of a service record among the persons looked up for its batch. The agency's own
 * person record id wins: it is an explicit link the agency made, while a NIK may be mistyped or held by
 * several persons (duplicate NIKs exist), so a NIK links only when exactly one person holds it.
 */
final class PersonResolver {

    private final Map<String, List<UUID>> byNik;
    private final Map<ServiceSql.PersonRef, UUID> byRecord;

    PersonResolver(Map<String, List<UUID>> byNik, Map<ServiceSql.PersonRef, UUID> byRecord) {
        this.byNik = byNik;
        this.byRecord = byRecord;
    }

    /** The person (null when unresolved), how it was found, and what an administrator should know. */
    record Resolved(UUID personId, PersonLink link, List<String> warnings) {}

    Resolved resolve(ServiceRecord r) {
        UUID byRef = r.personSourceRecordId() == null ? null
                : byRecord.get(new ServiceSql.PersonRef(r.personSource(), r.personSourceRecordId()));
        List<UUID> holders = r.personNik() == null ? List.of() : byNik.getOrDefault(r.personNik(), List.of());
        if (byRef != null) {
            if (r.personNik() != null && !holders.isEmpty() && !holders.contains(byRef)) {
                return new Resolved(byRef, PersonLink.SOURCE_RECORD, List.of("person_nik " + r.personNik() + " belongs to another person than "
                        + r.personSource() + " record " + r.personSourceRecordId() + ": linked by the record id"));
            }
            return new Resolved(byRef, PersonLink.SOURCE_RECORD, List.of());
        }
        if (holders.size() == 1) {
            return new Resolved(holders.get(0), PersonLink.NIK, List.of());
        }
        String why;
        if (holders.size() > 1) {
            why = "person_nik " + r.personNik() + " is held by " + holders.size() + " persons";
        } else if (r.personSourceRecordId() != null) {
            why = "no person is known for " + r.personSource() + " record " + r.personSourceRecordId()
                    + (r.personNik() == null ? "" : " nor with NIK " + r.personNik());
        } else {
            why = "no person with NIK " + r.personNik() + " is known";
        }
        return new Resolved(null, PersonLink.UNRESOLVED, List.of(why + " yet: the service is kept without a person and linked when sent again"));
    }
}
