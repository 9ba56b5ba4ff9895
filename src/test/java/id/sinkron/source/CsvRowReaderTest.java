package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    private static List<SourceRow> read(String csv, char delimiter, Charset charset) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(csv.getBytes(charset)), RowFormat.CSV, charset, delimiter)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<SourceRow> read(String csv) {
        return read(csv, ',', StandardCharsets.UTF_8);
    }

    @Test
    void readsRowsByHeaderNameWithLineNumbers() {
        List<SourceRow> rows = read("NIK,NAMA_LGKP\n3316094509870002,SRI WAHYUNI\n\n3316090101900001,BUDI\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsEntry("NIK", "3316094509870002").containsEntry("NAMA_LGKP", "SRI WAHYUNI");
        assertThat(rows.get(0).recordNo()).isEqualTo(2);
        assertThat(rows.get(1).recordNo()).isEqualTo(4);
    }

    /** Review finding 8b: a row rejected later must be stored as the agency wrote it, not as JSON. */
    @Test
    void keepsTheExactTextOfEachRow() {
        List<SourceRow> rows = read("ID,ALAMAT\n 1 , \"DUKUH KRAJAN\nRT 3\" \n");

        assertThat(rows.get(0).values()).containsEntry("ID", "1");
        assertThat(rows.get(0).rawText()).isEqualTo(" 1 , \"DUKUH KRAJAN\nRT 3\" ");
    }

    @Test
    void dropsTheByteOrderMarkExcelWrites() {
        List<SourceRow> rows = read("\uFEFFNIK,NAMA\n1,A\n");

        assertThat(rows.get(0).values()).containsOnlyKeys("NIK", "NAMA");
    }

    @Test
    void keepsAQuotedValueThatSpansLines() {
        List<SourceRow> rows = read("ID,ALAMAT\n1,\"DUKUH KRAJAN\nRT 3, RW 1\"\n2,JL. PEMUDA\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsEntry("ALAMAT", "DUKUH KRAJAN\nRT 3, RW 1");
        assertThat(rows.get(1).recordNo()).isEqualTo(4);
    }

    @Test
    void rejectsOnlyTheLineWithAnUnterminatedQuoteAndReadsTheRest() {
        List<SourceRow> rows = read("ID,NAMA\n1,\"SRI\n2,BUDI\n3,ANI\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).readable()).isFalse();
        assertThat(rows.get(0).rawText()).isEqualTo("1,\"SRI");
        assertThat(rows.get(0).unreadable()).contains("unterminated");
        assertThat(rows.get(1).values()).containsEntry("NAMA", "BUDI");
        assertThat(rows.get(1).recordNo()).isEqualTo(3);
        assertThat(rows.get(2).recordNo()).isEqualTo(4);
    }

    @Test
    void rejectsALineWithTheWrongNumberOfFieldsWithItsExactText() {
        List<SourceRow> rows = read("ID,NAMA,TGL\n1,SRI\n2,BUDI,2001-01-01\n");

        assertThat(rows.get(0).readable()).isFalse();
        assertThat(rows.get(0).rawText()).isEqualTo("1,SRI");
        assertThat(rows.get(0).unreadable()).isEqualTo("has 2 fields where the header has 3");
        assertThat(rows.get(1).readable()).isTrue();
    }

    @Test
    void readsSemicolonDelimitedWindows1252() {
        Charset cp1252 = Charset.forName("windows-1252");
        List<SourceRow> rows = read("ID;NAMA\n1;\"JOSÉ; JR\"\n", ';', cp1252);

        assertThat(rows.get(0).values()).containsEntry("NAMA", "JOSÉ; JR");
    }

    @Test
    void readsAWindows1252DinkesExportWithQuotedDelimitersAndLineBreaks() {
        Charset cp1252 = Charset.forName("windows-1252");
        List<SourceRow> rows = read("ID;NAMA;ALAMAT\r\n1;MA’RUF;\"JL. PEMUDA; RT 1\r\nDUKUH KRAJAN\"\r\n2;\"NUÑEZ \"\"ANI\"\"\";-\r\n", ';', cp1252);

        assertThat(rows.get(0).values()).containsEntry("NAMA", "MA’RUF").containsEntry("ALAMAT", "JL. PEMUDA; RT 1\nDUKUH KRAJAN");
        assertThat(rows.get(1).values()).containsEntry("NAMA", "NUÑEZ \"ANI\"");
        assertThat(rows.get(1).recordNo()).isEqualTo(4);
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        assertThatThrownBy(() -> read("NIK,NIK\n1,2\n")).isInstanceOf(UnreadableInput.class).hasMessageContaining("'NIK' twice");
    }

    @Test
    void refusesAnEmptyInput() {
        assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableInput.class).hasMessageContaining("header");
    }
}
