package id.sinkron.canonical;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Where a golden value came from, and why it won.
 *
 * @param source the source id
 * @param sourceRecordId the record within that source
 * @param runId the sync run that delivered the value
 * @param asOf when the value was true: the source's own change time of the record, else when Sinkron received it;
 *     in UTC, rounded to the microsecond as the driver rounds it into the database (null in provenance written
 *     before it was recorded)
 * @param rule the survivorship rule that chose this value over the other records' (null in provenance written
 *     before it was recorded)
 */
public record Provenance(
        @JsonProperty("source") String source,
        @JsonProperty("source_record_id") String sourceRecordId,
        @JsonProperty("run_id") long runId,
        @JsonProperty("as_of") OffsetDateTime asOf,
        @JsonProperty("rule") SurvivorshipRule rule) {

    public Provenance {
        // the stored provenance must compare equal to the one recomputed from the stored times, or every touch
        // rewrites the person: PgJDBC rounds nanoseconds half up to the microsecond PostgreSQL keeps
        asOf = asOf == null ? null : utcMicros(asOf);
    }

    /** {@code time} in UTC, rounded half up to the microsecond. */
    static OffsetDateTime utcMicros(OffsetDateTime time) {
        if (time.getOffset().equals(ZoneOffset.UTC) && time.getNano() % 1_000 == 0) {
            return time;
        }
        return time.withOffsetSameInstant(ZoneOffset.UTC).plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
