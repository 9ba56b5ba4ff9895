package id.sinkron.canonical;

import java.time.OffsetDateTime;
import java.util.Map;

/** One linked source record's values, as survivorship sees them. {@code asOf} is when the values were true. */
record Contribution(String source, String sourceRecordId, long runId, OffsetDateTime asOf, Map<String, Object> values) {

    Contribution {
        // once here rather than in each field's provenance
        asOf = asOf == null ? null : Provenance.utcMicros(asOf);
    }

    /** Where a value of this record came from, chosen by {@code rule}. */
    Provenance provenance(SurvivorshipRule rule) {
        return new Provenance(source, sourceRecordId, runId, asOf, rule);
    }
}
