package id.sinkron.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How often each value of the term-frequency-adjusted fields occurs, so that an exact match on a common name
 * ("SRI WAHYUNI") weighs less than one on a rare name. Grows as records are added; the store-backed version
 * counts the golden persons holding each value (the {@code tf:} keys of {@code person_match_keys}).
 */
public final class TermFrequencies implements Frequencies {

    private final Set<String> fields;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    public TermFrequencies(Set<String> fields) {
        this.fields = Set.copyOf(fields);
    }

    /** Frequencies of {@code fields} over {@code records}. */
    public static TermFrequencies of(Set<String> fields, Collection<MatchRecord> records) {
        TermFrequencies frequencies = new TermFrequencies(fields);
        records.forEach(frequencies::add);
        return frequencies;
    }

    public void add(MatchRecord record) {
        for (String field : fields) {
            String value = record.value(field);
            if (value != null) {
                counts.computeIfAbsent(field, f -> new HashMap<>()).merge(value, 1, Integer::sum);
                totals.merge(field, 1, Integer::sum);
            }
        }
    }

    /** The share of non-missing values of {@code field} that equal {@code value}; 0 when unknown. */
    public double frequency(String field, String value) {
        Count count = count(field, value);
        return count == null ? 0 : count.count() / (double) count.total();
    }

    @Override
    public Count count(String field, String value) {
        Integer total = totals.get(field);
        if (total == null) {
            return null;
        }
        return new Count(counts.get(field).getOrDefault(value, 0), total);
    }
}
