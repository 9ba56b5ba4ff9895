package id.sinkron.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * {@code trust:} as written: either one number for every field ({@code trust: 100}), or a default and numbers
 * for some fields ({@code trust: { default: 100, fields: { phone: 30 } }}).
 */
record TrustDeclaration(
        @Min(0) @Max(100) Integer defaultTrust,
        Map<String, @NotNull(message = "must be a number from 0 to 100") @Min(0) @Max(100) Integer> fields) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    TrustDeclaration(@JsonProperty("default") Integer defaultTrust, @JsonProperty("fields") Map<String, Integer> fields) {
        this.defaultTrust = defaultTrust;
        this.fields = fields == null ? Map.of() : fields;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static TrustDeclaration of(int trust) {
        return new TrustDeclaration(trust, Map.of());
    }
}
