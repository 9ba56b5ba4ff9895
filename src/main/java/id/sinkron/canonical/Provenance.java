package id.sinkron.canonical;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a golden value came from.
 *
 * @param source the source id
 * @param sourceRecordId the record within that source
 * @param runId the sync run that delivered the value
 */
public record Provenance(
        @JsonProperty("source") String source,
        @JsonProperty("source_record_id") String sourceRecordId,
        @JsonProperty("run_id") long runId) {}
