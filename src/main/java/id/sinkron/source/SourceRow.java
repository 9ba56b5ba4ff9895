package id.sinkron.source;

import java.util.Map;

/**
 * One row read from a source: either its values in the source's own field names, or, when the row itself
 * could not be read (a broken CSV line, invalid JSON), its raw text and why.
 *
 * @param recordNo where the row stands: its first line number for CSV and JSON Lines, its position in a JSON
 *     array, its row number in a workbook sheet, its position for rows handed over as maps
 * @param rawText the row's text exactly as read from a file or push (a rejection stores it); null for a row
 *     handed over as a map and for a readable workbook row (an unreadable one shows its cells as JSON)
 */
public record SourceRow(int recordNo, Map<String, Object> values, String rawText, String unreadable) {

    public static SourceRow of(int recordNo, Map<String, Object> values) {
        return new SourceRow(recordNo, values, null, null);
    }

    public static SourceRow of(int recordNo, Map<String, Object> values, String rawText) {
        return new SourceRow(recordNo, values, rawText, null);
    }

    public static SourceRow unreadable(int recordNo, String rawText, String why) {
        return new SourceRow(recordNo, null, rawText, why);
    }

    public boolean readable() {
        return unreadable == null;
    }
}
