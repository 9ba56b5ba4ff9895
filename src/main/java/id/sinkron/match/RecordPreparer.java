package id.sinkron.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cleans an input row into a {@link MatchRecord}, computing every configured field once. Fields cleaned from the
 * same column by the same first cleaners share those steps: the person model reads a full name with
 * {@code indonesian-name} for four fields, and that reading is most of the cost of preparing a record.
 */
public final class RecordPreparer {

    /**
     * One field: the column it is cleaned from and its cleaners in order, each with the key under which a record's
     * value after that step is kept while the record is prepared (the column and the cleaners so far).
     */
    private record Field(String column, List<Cleaner> steps, List<String> stepKeys) {}

    private final Map<String, Field> fields = new LinkedHashMap<>();

    RecordPreparer(Map<String, MatchingConfig.FieldSpec> specs, Cleaners known) {
        specs.forEach((name, spec) -> {
            String column = spec.from() == null ? name : spec.from();
            List<Cleaner> steps = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            StringBuilder key = new StringBuilder(column);
            for (String cleaner : spec.cleaners()) {
                try {
                    steps.add(known.named(cleaner));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("fields." + name + ": " + e.getMessage(), e);
                }
                keys.add(key.append('\0').append(cleaner).toString());
            }
            fields.put(name, new Field(column, List.copyOf(steps), List.copyOf(keys)));
        });
    }

    /**
     * @param row input values by column name; missing and blank values are missing
     */
    public MatchRecord prepare(String id, String source, Map<String, ?> row) {
        Map<String, String> values = new HashMap<>();
        // each step's result by its key; null (nothing comparable left) is kept too
        Map<String, String> steps = new HashMap<>();
        fields.forEach((name, field) -> {
            Object raw = row.get(field.column());
            String cleaned = raw == null || raw.toString().isBlank() ? null : raw.toString();
            for (int i = 0; i < field.steps().size() && cleaned != null; i++) {
                String key = field.stepKeys().get(i);
                if (steps.containsKey(key)) {
                    cleaned = steps.get(key);
                } else {
                    cleaned = field.steps().get(i).clean(cleaned);
                    steps.put(key, cleaned);
                }
            }
            if (cleaned != null) {
                values.put(name, cleaned);
            }
        });
        return new MatchRecord(id, source, values);
    }

    /** The input column a field is cleaned from. */
    String sourceOf(String field) {
        Field known = fields.get(field);
        return known == null ? field : known.column();
    }
}
