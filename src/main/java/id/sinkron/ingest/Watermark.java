package id.sinkron.ingest;

import java.time.OffsetDateTime;

/**
 * How far a source's incremental pull has come.
 *
 * @param value highest value of the source's incremental field among its committed rows
 * @param runId the sync run whose batch set it
 * @param updatedAt when it was set
 */
public record Watermark(String source, String value, Long runId, OffsetDateTime updatedAt) {}
