package id.sinkron.source;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;

/**
 * How one canonical field is filled from a native row.
 *
 * @param from the native field (column) name; several names are joined with a space (e.g. first and last name)
 * @param codes native value (compared trimmed, upper case) to canonical value, e.g. {@code "1": L}; other values pass through
 * @param defaultValue used when the native value is missing or blank
 * @param datePattern java.time pattern of a native date, e.g. {@code dd-MM-yyyy}
 */
public record FieldRule(
        @NotEmpty(message = "names no native field (from)") @JsonProperty("from") @JsonAlias("column") List<@NotBlank String> from,
        @JsonProperty("codes") Map<String, String> codes,
        @JsonProperty("default") String defaultValue,
        @JsonProperty("date-pattern") String datePattern) {

    public FieldRule {
        from = from == null ? List.of() : List.copyOf(from);
        codes = codes == null ? Map.of() : Map.copyOf(codes);
    }

    static FieldRule column(String name) {
        return new FieldRule(List.of(name), null, null, null);
    }
}
