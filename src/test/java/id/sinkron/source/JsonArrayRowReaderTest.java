package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayRowReaderTest {

    private static List<SourceRow> read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static List<SourceRow> read(byte[] json, Charset charset) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(json), RowFormat.JSON, charset, ',')) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void readsEachObjectOfThePrettyPrintedArrayWithItsPosition() {
        List<SourceRow> rows = read("""
                [
                  {"source_record_id": "A1", "full_name": "SRI", "tags": ["x", {"y": "]"}]},
                  {"source_record_id": "A2", "full_name": "BU\\"DI, [JR]"}
                ]
                """);

        assertThat(rows).extracting(SourceRow::recordNo).containsExactly(1, 2);
        assertThat(rows.get(0).values()).containsEntry("full_name", "SRI");
        assertThat(rows.get(1).values()).containsEntry("full_name", "BU\"DI, [JR]");
        assertThat(rows.get(1).rawText()).isEqualTo("{\"source_record_id\": \"A2\", \"full_name\": \"BU\\\"DI, [JR]\"}");
    }

    @Test
    void keepsEveryDigitOfANikSentAsANumber() {
        assertThat(read("[{\"nik\": 3316010101900001}]").get(0).values().get("nik").toString()).isEqualTo("3316010101900001");
    }

    @Test
    void rejectsOneBrokenElementWithItsTextAndReadsTheRest() {
        List<SourceRow> rows = read("[{\"source_record_id\": \"A1\",, \"full_name\": \"SRI\"}, 42, {\"a\": 1} {\"b\": 2},"
                + " {\"source_record_id\": \"A1\", \"source_record_id\": \"A2\"}, {\"source_record_id\": \"A3\"}]");

        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).rawText()).isEqualTo("{\"source_record_id\": \"A1\",, \"full_name\": \"SRI\"}");
        assertThat(rows.get(0).unreadable()).startsWith("invalid JSON: ");
        assertThat(rows.get(1).unreadable()).isEqualTo("a JSON object is expected as each array element");
        assertThat(rows.get(2).unreadable()).contains("a comma is missing between two objects");
        assertThat(rows.get(3).unreadable()).contains("Duplicate field 'source_record_id'");
        assertThat(rows.get(4).values()).containsEntry("source_record_id", "A3");
    }

    @Test
    void readsAnEmptyArrayAndIgnoresACommaBeforeTheEnd() {
        assertThat(read(" [ ] ")).isEmpty();
        assertThat(read("[{\"a\": 1},\n]")).hasSize(1).allMatch(SourceRow::readable);
    }

    @Test
    void rejectsAnElementCutShortAndTextAfterTheArray() {
        assertThat(read("[{\"a\": 1}, {\"a\": ").get(1).unreadable()).contains("cut short");
        List<SourceRow> rows = read("[{\"a\": 1}] {\"a\": 2}");
        assertThat(rows.get(1).unreadable()).startsWith("text after the end of the array");
        assertThat(rows.get(1).rawText()).isEqualTo("{\"a\": 2}");
    }

    @Test
    void refusesInputThatIsNotAnArray() {
        assertThatThrownBy(() -> read("{\"a\": 1}")).isInstanceOf(UnreadableInput.class)
                .hasMessage("a JSON array of objects is expected, but the input starts with '{'");
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableInput.class).hasMessageContaining("empty");
    }

    @Test
    void dropsAByteOrderMarkAndReadsWindows1252WhenDeclared() {
        Charset cp1252 = Charset.forName("windows-1252");
        assertThat(read("\uFEFF[{\"n\": \"SRI\"}]").get(0).values()).containsEntry("n", "SRI");
        assertThat(read("[{\"n\": \"MA’RUF\"}]".getBytes(cp1252), cp1252).get(0).values()).containsEntry("n", "MA’RUF");
    }

    @Test
    void refusesBytesThatAreNotValidInTheCharset() {
        byte[] latin1 = "[{\"n\": \"JOSÉ\"}]".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1, StandardCharsets.UTF_8)).isInstanceOf(UnreadableInput.class)
                .hasMessage("the JSON is not valid UTF-8 (in element 1)");
    }
}
