package id.sinkron.source;

import id.sinkron.canonical.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renames a native row to canonical field names and applies the value steps of each {@link FieldRule}. A source
 * without a mapping already speaks canonical names ({@link #IDENTITY}).
 */
public final class FieldMapping {

    /** Takes the row's field names as canonical names. */
    public static final FieldMapping IDENTITY = new FieldMapping(Map.of());

    private final Map<String, FieldRule> rules;
    private final Map<String, ValueRule> compiled;
    private final Map<String, Integer> lines;

    /** Compiles {@code rules}; IllegalArgumentException naming the field and key of the first mistake. */
    public FieldMapping(Map<String, FieldRule> rules) {
        this(rules, compileAll(rules), Map.of());
    }

    /** Rules already compiled by {@link Sources}, with the line of each field's declaration. */
    FieldMapping(Map<String, FieldRule> rules, Map<String, ValueRule> compiled, Map<String, Integer> lines) {
        this.rules = Map.copyOf(rules);
        this.compiled = new TreeMap<>(compiled);
        this.lines = Map.copyOf(lines);
    }

    public boolean identity() {
        return rules.isEmpty();
    }

    public Map<String, FieldRule> rules() {
        return rules;
    }

    /**
     * The native fields this mapping reads, each with the canonical fields it fills and where they are declared,
     * e.g. {@code TTL → "birth_place, line 12; birth_date, line 13"}: what a header must hold.
     */
    public Map<String, String> columns() {
        Map<String, List<String>> uses = new TreeMap<>();
        compiled.forEach((field, rule) -> rule.from().forEach(column -> uses.computeIfAbsent(column, c -> new ArrayList<>())
                .add(lines.getOrDefault(field, 0) > 0 ? field + ", line " + lines.get(field) : field)));
        Map<String, String> columns = new LinkedHashMap<>();
        uses.forEach((column, fields) -> columns.put(column, String.join("; ", fields)));
        return columns;
    }

    /** The canonical values of {@code row}, with a reason for every value a rule could not convert. */
    public Mapped apply(Map<String, Object> row) {
        if (identity()) {
            return new Mapped(row, List.of());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Reason> reasons = new ArrayList<>();
        compiled.forEach((field, rule) -> {
            ValueRule.Result result = rule.apply(row);
            if (result.problem() != null) {
                reasons.add(new Reason(field, result.problem()));
            } else if (result.value() != null) {
                out.put(field, result.value());
            }
        });
        return new Mapped(out, reasons);
    }

    private static Map<String, ValueRule> compileAll(Map<String, FieldRule> rules) {
        Map<String, ValueRule> compiled = new LinkedHashMap<>();
        rules.forEach((field, rule) -> {
            List<RuleCompiler.Mistake> mistakes = new ArrayList<>();
            ValueRule value = RuleCompiler.compile(rule, mistakes);
            if (value == null) {
                RuleCompiler.Mistake first = mistakes.get(0);
                throw new IllegalArgumentException(field + "." + String.join(".", first.path()) + ": " + first.message());
            }
            compiled.put(field, value);
        });
        return compiled;
    }

    /** A mapped row: canonical values and the reasons any of them failed. */
    public record Mapped(Map<String, Object> values, List<Reason> reasons) {}
}
