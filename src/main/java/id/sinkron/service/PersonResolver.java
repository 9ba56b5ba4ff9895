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
        return resolve(r.personNik(), r.personSource(), r.personSourceRecordId());
    }

    /** @param personSource and {@code personSourceRecordId}: both null, or both set */
    Resolved resolve(String nik, String personSource, String personSourceRecordId) {
        UUID byRef = personSourceRecordId == null ? null : byRecord.get(new ServiceSql.PersonRef(personSource, personSourceRecordId));
        List<UUID> holders = nik == null ? List.of() : byNik.getOrDefault(nik, List.of());
        if (byRef != null) {
            if (nik != null && !holders.isEmpty() && !holders.contains(byRef)) {
                return new Resolved(byRef, PersonLink.SOURCE_RECORD, List.of("person_nik " + nik + " belongs to another person than "
                        + personSource + " record " + personSourceRecordId + ": linked by the record id"));
            }
            return new Resolved(byRef, PersonLink.SOURCE_RECORD, List.of());
        }
        if (holders.size() == 1) {
            return new Resolved(holders.get(0), PersonLink.NIK, List.of());
        }
        String why;
        if (holders.size() > 1) {
            why = "person_nik " + nik + " is held by " + holders.size() + " persons";
        } else if (personSourceRecordId != null) {
            why = "no person is known for " + personSource + " record " + personSourceRecordId + (nik == null ? "" : " nor with NIK " + nik);
        } else {
            why = "no person with NIK " + nik + " is known";
        }
        return new Resolved(null, PersonLink.UNRESOLVED,
                List.of(why + " yet: the service is kept without a person and linked when the person arrives or the service is sent again"));
    }
}
