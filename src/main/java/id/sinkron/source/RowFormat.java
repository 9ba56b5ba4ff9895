package id.sinkron.source;

/** How a source's records are written. */
public enum RowFormat {
    /** Delimited text with a header row (RFC 4180 quoting). */
    CSV,
    /** One JSON object per line (JSON Lines, {@code application/x-ndjson}). */
    NDJSON
}
