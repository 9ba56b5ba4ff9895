package id.sinkron.source;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one canonical field is filled from a native row, as declared under {@code mapping:}. The steps run in this
 * order: take the {@code from} fields (each trimmed), {@code join} them, take a part with {@code split}, trim,
 * {@code replace}, change the {@code case}, use the {@code default} when blank, look up {@code codes} (unmapped
 * codes: {@code otherwise} or {@code unmapped}), read the {@code date-pattern}. Checked at start-up by
 * {@link RuleCompiler}.
 *
 * @param from the native field (column) names; several are joined (blank ones skipped)
 * @param join the separator between several {@code from} values; default one space
 * @param split one part of the value: by a separator or a regular expression with groups
 * @param trim strip leading and trailing white space; default true
 * @param replace regular-expression replacements, applied in order
 * @param textCase upper or lower case
 * @param codes native code (compared trimmed and upper-cased) to canonical value, e.g. {@code "1": L}
 * @param otherwise the value of a code that is not in {@code codes}
 * @param unmapped what to do with a code that is not in {@code codes} when there is no {@code otherwise}
 * @param defaultValue used when the value is missing or blank
 * @param datePattern java.time pattern of a native date, e.g. {@code dd-MM-yyyy}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldRule(
        @JsonProperty("from") @JsonAlias("column") List<String> from,
        @JsonProperty("join") String join,
        @JsonProperty("split") Split split,
        @JsonProperty("trim") Boolean trim,
        @JsonProperty("replace") List<Replace> replace,
        @JsonProperty("case") TextCase textCase,
        @JsonProperty("codes") Map<String, String> codes,
        @JsonProperty("otherwise") String otherwise,
        @JsonProperty("unmapped") Unmapped unmapped,
        @JsonProperty("default") String defaultValue,
        @JsonProperty("date-pattern") String datePattern) {

    public FieldRule {
        from = from == null ? List.of() : List.copyOf(from);
        replace = replace == null ? List.of() : List.copyOf(replace);
        // declaration order is kept: messages and the sources view list codes as written
        codes = codes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    /** A plain rename: the value of one native field. */
    public static FieldRule column(String name) {
        return new FieldRule(List.of(name), null, null, null, null, null, null, null, null, null, null);
    }

    /** True when the rule only renames one field, as {@code full_name: NAMA_LGKP} declares it. */
    public boolean renamesOnly() {
        return from.size() == 1 && equals(column(from.get(0)));
    }

    /**
     * One part of a value: the value is cut at each {@code separator}, or matched whole by {@code pattern}.
     *
     * @param separator literal text between the parts, e.g. {@code ","}
     * @param pattern a regular expression matching the whole value, with a group per part
     * @param part which part: with a separator a position from 1 (negative counts from the end, -1 is the last);
     *     with a pattern a group number from 1 or a group name
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Split(
            @JsonProperty("separator") String separator,
            @JsonProperty("pattern") String pattern,
            @JsonProperty("part") String part) {}

    /** Every match of the regular expression {@code pattern} is replaced by {@code with} ({@code $1} refers to a group). */
    public record Replace(@JsonProperty("pattern") String pattern, @JsonProperty("with") String with) {}

    /** Case of the value after the other text steps. */
    public enum TextCase {
        /** Upper case (locale independent). */
        @JsonProperty("upper") UPPER,
        /** Lower case (locale independent). */
        @JsonProperty("lower") LOWER
    }

    /** What a code that is not in the code map becomes when no {@code otherwise} value is declared. */
    public enum Unmapped {
        /** The code passes through unchanged (normalization may still understand it). */
        @JsonProperty("keep") KEEP,
        /** The record is rejected with a reason naming the code and the field. */
        @JsonProperty("reject") REJECT
    }
}
