package id.sinkron.source;

/** How a source's records are written. */
public enum RowFormat {
    /** Delimited text with a header row (RFC 4180 quoting). */
    CSV,
    /** One JSON object per line (JSON Lines, {@code application/x-ndjson}). */
    NDJSON,
    /** One JSON array of objects ({@code application/json}), read one element at a time. */
    JSON,
    /** An Excel workbook ({@code .xlsx}): the first row of the sheet is the header; read with POI's streaming reader. */
    XLSX
}
