package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How {@link RowReader} turns bytes into lines, for both line formats (CSV, JSON Lines): strictly decoded, of bounded length. */
class LineReadingTest {

    private static List<SourceRow> read(byte[] input, RowFormat format, Charset charset) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(input), format, charset, ',')) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The first line of each format: a CSV header, or nothing for JSON Lines. */
    private static String header(RowFormat format) {
        return format == RowFormat.CSV ? "source_record_id,full_name\n" : "";
    }

    private static String record(RowFormat format, String id, String name) {
        return format == RowFormat.CSV ? id + "," + name + "\n" : "{\"source_record_id\": \"" + id + "\", \"full_name\": \"" + name + "\"}\n";
    }

    /** Review finding 2: invalid bytes were read as U+FFFD and stored as if the agency had sent that. */
    @ParameterizedTest
    @EnumSource(value = RowFormat.class, names = {"CSV", "NDJSON"})
    void rejectsALineThatIsNotValidUtf8AndReadsTheNextLine(RowFormat format) {
        byte[] latin1Name = "JOS\u00c9".getBytes(StandardCharsets.ISO_8859_1);
        String bad = record(format, "A1", "@").replace("@", "%s");
        byte[] input = bytes(header(format), bad.substring(0, bad.indexOf("%s")), latin1Name, bad.substring(bad.indexOf("%s") + 2),
                record(format, "A2", "BUDI"));

        List<SourceRow> rows = read(input, format, StandardCharsets.UTF_8);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).readable()).isFalse();
        assertThat(rows.get(0).unreadable()).startsWith("not valid UTF-8 (byte 0xC9 at byte");
        assertThat(rows.get(0).rawText()).contains("JOS\uFFFD");
        assertThat(rows.get(1).values()).containsEntry("full_name", "BUDI");
        assertThat(rows.get(1).recordNo()).isEqualTo(rows.get(0).recordNo() + 1);
    }

    /** Review finding 5: a line of any length was read whole into memory. */
    @ParameterizedTest
    @EnumSource(value = RowFormat.class, names = {"CSV", "NDJSON"})
    void rejectsALineLongerThanTheCapWithItsStartAndReadsTheNextLine(RowFormat format) {
        String huge = record(format, "A1", "X".repeat(RowReader.MAX_LINE_CHARS));

        List<SourceRow> rows = read(bytes(header(format), huge, record(format, "A2", "BUDI")), format, StandardCharsets.UTF_8);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).unreadable()).isEqualTo("line longer than 1048576 characters");
        assertThat(rows.get(0).rawText()).startsWith(huge.substring(0, RowReader.KEPT_CHARS) + " … [truncated: the line has ");
        assertThat(rows.get(0).rawText()).hasSizeLessThan(RowReader.KEPT_CHARS + 100);
        assertThat(rows.get(1).values()).containsEntry("full_name", "BUDI");
    }

    @Test
    void readsALineOfExactlyTheCap() {
        String name = "Ü".repeat(RowReader.MAX_LINE_CHARS - "A1,".length());

        List<SourceRow> rows = read(bytes(header(RowFormat.CSV), record(RowFormat.CSV, "A1", name)), RowFormat.CSV, StandardCharsets.UTF_8);

        assertThat(rows.get(0).values()).containsEntry("full_name", name);
    }

    @Test
    void endsLinesAtCrLfAndAtALoneCr() {
        List<SourceRow> rows = read(bytes("ID,NAMA\r\n1,SRI\r2,BUDI\r\n\r\n3,ANI"), RowFormat.CSV, StandardCharsets.UTF_8);

        assertThat(rows).extracting(r -> r.values().get("NAMA")).containsExactly("SRI", "BUDI", "ANI");
        assertThat(rows).extracting(SourceRow::recordNo).containsExactly(2, 3, 5);
    }

    @Test
    void rejectsABytePointWindows1252DoesNotDefine() {
        byte[] input = bytes("ID;NAMA\n".getBytes(StandardCharsets.US_ASCII), new byte[] {'1', ';', 'A', (byte) 0x81, '\n'}, "2;JOS",
                new byte[] {(byte) 0xC9, '\n'});

        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(input), RowFormat.CSV, Charset.forName("windows-1252"), ';')) {
            reader.forEachRemaining(rows::add);
        }

        assertThat(rows.get(0).unreadable()).startsWith("not valid windows-1252 (byte 0x81 at byte 4 of the line");
        assertThat(rows.get(1).values()).containsEntry("NAMA", "JOS\u00c9");
    }

    @Test
    void readsUtf16() {
        byte[] input = "\uFEFFID,NAMA\r\n1,JOS\u00c9\r\n".getBytes(StandardCharsets.UTF_16LE);

        List<SourceRow> rows = read(input, RowFormat.CSV, StandardCharsets.UTF_16LE);

        assertThat(rows.get(0).values()).containsEntry("ID", "1").containsEntry("NAMA", "JOS\u00c9");
    }

    @Test
    void failsTheRunOnInvalidUtf16SinceNoLaterLineCanBeFound() {
        byte[] input = bytes("ID,NAMA\n1,SRI\n".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xDC, 'x', 0}, "\n".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> read(input, RowFormat.CSV, StandardCharsets.UTF_16LE))
                .isInstanceOf(UnreadableInput.class).hasMessageContaining("not valid UTF-16LE");
    }
}
