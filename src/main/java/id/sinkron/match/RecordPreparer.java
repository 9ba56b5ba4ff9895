package id.sinkron.match;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Cleans an input row into a {@link MatchRecord}, computing every configured field once. */
public final class RecordPreparer {

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, Cleaner> cleaners = new LinkedHashMap<>();

    RecordPreparer(Map<String, MatchingConfig.FieldSpec> fields, Cleaners known) {
        fields.forEach((name, spec) -> {
            sources.put(name, spec.from() == null ? name : spec.from());
            try {
                cleaners.put(name, known.chain(spec.cleaners()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fields." + name + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * @param row input values by column name; missing and blank values are missing
     */
    public MatchRecord prepare(String id, String source, Map<String, ?> row) {
        Map<String, String> values = new HashMap<>();
        cleaners.forEach((name, cleaner) -> {
            Object raw = row.get(sources.get(name));
            String cleaned = raw == null ? null : cleaner.clean(raw.toString());
            if (cleaned != null) {
                values.put(name, cleaned);
            }
        });
        return new MatchRecord(id, source, values);
    }

    /** The input column a field is cleaned from. */
    String sourceOf(String field) {
        return sources.getOrDefault(field, field);
    }
}
