package id.sinkron.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How a source is pulled incrementally: the native field of each row whose highest committed value is the
 * source's watermark, so the next pull asks only for rows at or after it.
 *
 * @param field native field name, e.g. {@code updated_at} or a sequence column {@code id}
 * @param initial the watermark before the first committed batch, e.g. {@code 1970-01-01T00:00:00}; null for none
 */
public record Incremental(
        @NotBlank(message = "must name the native field whose highest value is the watermark, e.g. updated_at")
        @Size(max = 200) @JsonProperty("field") String field,
        @Size(max = 200) @JsonProperty("initial") String initial) {}
