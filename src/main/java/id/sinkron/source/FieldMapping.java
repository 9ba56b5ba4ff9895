package id.sinkron.source;

import id.sinkron.canonical.Reason;
import id.sinkron.normalize.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renames a native row to canonical field names and applies the value rules of {@link FieldRule}. A source
 * without a mapping already speaks canonical names ({@link #IDENTITY}).
 */
public final class FieldMapping {

    /** Takes the row's field names as canonical names. */
    public static final FieldMapping IDENTITY = new FieldMapping(Map.of());

    private final Map<String, FieldRule> rules;

    public FieldMapping(Map<String, FieldRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public boolean identity() {
        return rules.isEmpty();
    }

    public Map<String, FieldRule> rules() {
        return rules;
    }

    /** The canonical values of {@code row}, with a reason for every value a rule could not convert. */
    public Mapped apply(Map<String, Object> row) {
        if (identity()) {
            return new Mapped(row, List.of());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Reason> reasons = new ArrayList<>();
        rules.forEach((field, rule) -> {
            String value = join(rule, row);
            if (value == null || value.isBlank()) {
                value = rule.defaultValue();
            }
            if (value == null) {
                return;
            }
            String code = rule.codes().get(value.trim().toUpperCase(Locale.ROOT));
            if (code != null) {
                value = code;
            }
            if (rule.datePattern() != null) {
                try {
                    LocalDate date = Dates.parse(value, rule.datePattern());
                    if (date == null) {
                        return; // a placeholder such as "-": no value
                    }
                    value = date.toString();
                } catch (IllegalArgumentException e) {
                    reasons.add(new Reason(field, e.getMessage()));
                    return;
                }
            }
            out.put(field, value);
        });
        return new Mapped(out, reasons);
    }

    private static String join(FieldRule rule, Map<String, Object> row) {
        if (rule.from().size() == 1) {
            Object v = row.get(rule.from().get(0));
            return v == null ? null : v.toString();
        }
        StringJoiner joined = new StringJoiner(" ");
        for (String name : rule.from()) {
            Object v = row.get(name);
            if (v != null && !v.toString().isBlank()) {
                joined.add(v.toString().trim());
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }

    /** A mapped row: canonical values and the reasons any of them failed. */
    public record Mapped(Map<String, Object> values, List<Reason> reasons) {}
}
