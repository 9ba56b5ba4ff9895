package id.sinkron.service;

import id.sinkron.normalize.Nik;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One accepted service record of one source, normalized and validated; the person is not resolved yet.
 *
 * @param agency the source's agency: with {@code serviceType} and {@code externalId} the service's identity
 * @param externalId the agency's id of the enrolment (membership number, KKS card number, NISN + school year)
 * @param personNik the person's NIK as the agency holds it
 * @param personSource the source whose record id {@code personSourceRecordId} is, e.g. the agency's DTKS source
 * @param attributes further values the agency sends (amount, class, school), kept as received
 * @param raw the record exactly as received, in the source's own field names
 */
public record ServiceRecord(
        @NotBlank String source,
        @NotBlank @Size(max = 100) String sourceRecordId,
        OffsetDateTime updatedAt,
        @NotBlank String agency,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_.-]{0,49}", message = "must be 1-50 upper-case letters, digits, '-', '_' or '.'")
        String serviceType,
        @NotBlank @Size(max = 100) String externalId,
        @NotNull ServiceStatus status,
        LocalDate startDate,
        LocalDate endDate,
        @Nik String personNik,
        @Size(max = 63) String personSource,
        @Size(max = 100) String personSourceRecordId,
        @Size(max = 50, message = "must have at most 50 entries") Map<@Pattern(regexp = "[a-z0-9_]{1,50}",
                message = "names must be 1-50 lower-case letters, digits or '_'") String, Object> attributes,
        List<String> warnings,
        Map<String, Object> raw) {

    public ServiceRecord {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    @AssertTrue(message = "must not be before start_date")
    boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "is required unless person_nik is given: a service must name its person")
    boolean isPersonSourceRecordId() {
        return personNik != null || personSourceRecordId != null;
    }

    /** The canonical fields as stored and published, in a fixed order; {@code personId} is the resolved person. */
    public Map<String, Object> toMap(java.util.UUID personId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agency", agency);
        m.put("service_type", serviceType);
        m.put("external_id", externalId);
        m.put("status", status.name());
        m.put("start_date", startDate == null ? null : startDate.toString());
        m.put("end_date", endDate == null ? null : endDate.toString());
        m.put("person_id", personId == null ? null : personId.toString());
        m.put("person_nik", personNik);
        m.put("person_source", personSource);
        m.put("person_source_record_id", personSourceRecordId);
        m.put("attributes", attributes);
        return m;
    }
}
