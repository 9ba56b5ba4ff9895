package id.sinkron.match;

import java.util.Map;
import java.util.Objects;

/**
 * A record as the matcher sees it: cleaned field values plus the keys derived from them (phonetic codes,
 * first name token, …), all computed once by {@link RecordPreparer} so that blocking and scoring never clean
 * a value twice.
 *
 * @param id the record's identity in its source (a source record id, a FEBRL {@code rec_id})
 * @param source the dataset the record comes from; linkage compares only records of different sources
 * @param values cleaned and derived values by field name; missing values are absent
 */
public record MatchRecord(String id, String source, Map<String, String> values) {

    public MatchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        values = Map.copyOf(values);
    }

    /** The cleaned value of {@code field}, or null when missing. */
    public String value(String field) {
        return values.get(field);
    }
}
