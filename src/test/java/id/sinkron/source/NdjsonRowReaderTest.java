package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonRowReaderTest {

    private static List<SourceRow> read(String ndjson) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), RowFormat.NDJSON,
                StandardCharsets.UTF_8, ',')) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void readsOneObjectPerLineSkippingBlankLines() {
        List<SourceRow> rows = read("{\"source_record_id\": \"A1\"}\n\n{\"source_record_id\": \"A2\", \"nik\": 3316094509870002}\n");

        assertThat(rows).extracting(SourceRow::recordNo).containsExactly(1, 3);
        assertThat(rows.get(1).values()).containsEntry("source_record_id", "A2");
        assertThat(rows.get(1).values().get("nik")).hasToString("3316094509870002");
    }

    /** Review finding 1: the second object on a line was dropped without a word. */
    @Test
    void rejectsTwoObjectsOnOneLineAndReadsTheNextLine() {
        String twoOnOne = "{\"source_record_id\": \"A1\"} {\"source_record_id\": \"A2\"}";

        List<SourceRow> rows = read(twoOnOne + "\n{\"source_record_id\": \"A3\"}\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).readable()).isFalse();
        assertThat(rows.get(0).rawText()).isEqualTo(twoOnOne);
        assertThat(rows.get(0).unreadable()).isEqualTo("invalid JSON: more than one JSON value on the line (one object per line)");
        assertThat(rows.get(1).values()).containsEntry("source_record_id", "A3");
    }

    /** Review finding 1: of a field named twice, the last value was taken without a word. */
    @Test
    void rejectsAFieldNamedTwice() {
        List<SourceRow> rows = read("{\"source_record_id\": \"A1\", \"nik\": \"3316094509870002\", \"nik\": \"3316090101900001\"}\n");

        assertThat(rows.get(0).readable()).isFalse();
        assertThat(rows.get(0).unreadable()).startsWith("invalid JSON").contains("Duplicate field 'nik'");
    }

    @Test
    void keepsTheLineAsReadWithEachRow() {
        String line = "{ \"source_record_id\" : \"A1\",  \"sex\": \"x\" }";

        assertThat(read(line + "\n").get(0).rawText()).isEqualTo(line);
    }
}
