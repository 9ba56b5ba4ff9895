package id.sinkron.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A source declaration as written in {@code config/sources/*.yml}, before validation. */
record SourceFile(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be lower-case letters, digits and dashes (2-63)")
        @JsonProperty("id") String id,
        @NotBlank @Size(max = 200) @JsonProperty("agency") String agency,
        @NotBlank @Pattern(regexp = "person|service", message = "must be 'person' or 'service'")
        @JsonProperty("entity") String entity,
        @JsonProperty("description") String description,
        @Valid @JsonProperty("trust") TrustDeclaration trust,
        @JsonProperty("schedule") String schedule,
        @Pattern(regexp = "(?i)csv|ndjson|json|xlsx", message = "must be csv, ndjson, json or xlsx") @JsonProperty("format") String format,
        @JsonProperty("charset") String charset,
        @Size(min = 1, max = 1, message = "must be one character") @JsonProperty("delimiter") String delimiter,
        @Size(min = 1, max = 31, message = "must be a sheet name (1-31 characters)") @JsonProperty("sheet") String sheet,
        @JsonProperty("mapping") Map<String, JsonNode> mapping,
        @Valid @JsonProperty("incremental") Incremental incremental,
        @JsonProperty("statuses") Map<String, List<String>> statuses,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be the id of a declared person source")
        @JsonProperty("person-source") String personSource) {}
