package id.sinkron.canonical;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One accepted record of one source, normalized and validated.
 *
 * @param source the declared source id
 * @param sourceRecordId the record's id within its source
 * @param updatedAt when the source says the record last changed, if it says
 * @param person the normalized person values
 * @param warnings findings kept with the record that do not reject it (e.g. NIK and birth date disagree)
 * @param raw the record exactly as received, in the source's own field names
 */
public record SourceRecord(
        @NotBlank String source,
        @NotBlank @Size(max = 100) String sourceRecordId,
        OffsetDateTime updatedAt,
        @NotNull @Valid PersonFields person,
        List<String> warnings,
        Map<String, Object> raw) {

    public SourceRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
