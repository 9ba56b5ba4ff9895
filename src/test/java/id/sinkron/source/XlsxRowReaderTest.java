package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.testdata.Workbooks;
import java.io.ByteArrayInputStream;
import java.util.zip.ZipOutputStream;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipEntry;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;

class XlsxRowReaderTest {

    private static final List<Object> HEADER = List.of("ID", "NIK", "NAMA", "TGL_LHR", "RT");

    private static List<SourceRow> read(byte[] xlsx, String sheet) {
        SourceDefinition source = new SourceDefinition("x", "X", "person", null, 50, RowFormat.XLSX, StandardCharsets.UTF_8,
                ',', sheet, FieldMapping.IDENTITY, null, null, null, null, null, null);
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(xlsx), source)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<SourceRow> read(List<List<Object>> rows) {
        return read(Workbooks.xlsx("Penduduk", rows), null);
    }

    @Test
    void readsRowsByHeaderNameWithTheirRowNumbers() {
        List<SourceRow> rows = read(List.of(HEADER, List.of("P1", "3316010101900001", "SRI", "01-01-1990", "001"),
                List.of("P2", "3316010101900002", "BUDI", "02-01-1990", "002")));

        assertThat(rows).extracting(SourceRow::recordNo).containsExactly(2, 3);
        assertThat(rows.get(0).values()).containsEntry("ID", "P1").containsEntry("NAMA", "SRI").containsEntry("RT", "001");
    }

    @Test
    void writesANikTypedAsANumberWithAllItsDigitsNeverInScientificNotation() {
        List<SourceRow> rows = read(List.of(HEADER, List.of("P1", 3316010101900001L, "SRI", "x", 1)));

        assertThat(rows.get(0).values()).containsEntry("NIK", "3316010101900001").containsEntry("RT", "1");
    }

    @Test
    void keepsTheDecimalsOfANumberThatHasThem() {
        List<SourceRow> rows = read(List.of(HEADER, List.of("P1", 12.5, "SRI", "x", 0)));

        assertThat(rows.get(0).values()).containsEntry("NIK", "12.5").containsEntry("RT", "0");
    }

    @Test
    void writesADateFormattedCellAsAnIsoDate() {
        List<SourceRow> rows = read(List.of(HEADER, List.of("P1", "3316010101900001", "SRI", LocalDate.of(1990, 1, 31), "001")));

        assertThat(rows.get(0).values()).containsEntry("TGL_LHR", "1990-01-31");
    }

    @Test
    void givesAnEmptyValueForAMissingCellAndSkipsEmptyRows() {
        List<SourceRow> rows = read(List.of(HEADER, Arrays.asList("P1", null, "SRI", null, "001"), List.of(),
                List.of("P2", "3316010101900002", "BUDI", "x", "002")));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsEntry("NIK", "").containsEntry("TGL_LHR", "");
        assertThat(rows.get(1).recordNo()).isEqualTo(4);
    }

    @Test
    void readsInlineStringsAsPoisStreamingWriterWritesThem() {
        byte[] xlsx = Workbooks.streamedXlsx("Data", List.of(HEADER, List.of("P1", "3316010101900001", "JOSÉ MA’RUF", "x", "001")));

        assertThat(read(xlsx, null).get(0).values()).containsEntry("NAMA", "JOSÉ MA’RUF");
    }

    @Test
    void rejectsARowWithAValueInAColumnWithoutHeaderAndReadsTheRest() {
        List<SourceRow> rows = read(List.of(HEADER, List.of("P1", "3316010101900001", "SRI", "x", "001", "LEBIH"),
                List.of("P2", "3316010101900002", "BUDI", "x", "002")));

        assertThat(rows.get(0).unreadable()).isEqualTo("has values in column F, which the header does not name");
        assertThat(rows.get(0).rawText()).contains("\"F2\":\"LEBIH\"").contains("\"NAMA\":\"SRI\"");
        assertThat(rows.get(1).values()).containsEntry("NAMA", "BUDI");
    }

    @Test
    void rejectsARowWithAnErrorCellNamingTheCellAndReadsTheRest() {
        List<SourceRow> rows = read(List.of(HEADER, List.of("P1", FormulaError.NA, "SRI", "x", "001"),
                List.of("P2", "3316010101900002", "BUDI", "x", "002")));

        assertThat(rows.get(0).unreadable()).isEqualTo("cell B2 holds the error #N/A");
        assertThat(rows.get(1).values()).containsEntry("NAMA", "BUDI");
    }

    @Test
    void writesBooleansAsTrueOrFalse() {
        assertThat(read(List.of(HEADER, List.of("P1", "1", "SRI", "x", true))).get(0).values()).containsEntry("RT", "TRUE");
    }

    @Test
    void readsTheSheetTheSourceNamesAndOtherwiseTheFirst() {
        byte[] xlsx = Workbooks.xlsxWithCover("Sampul", "Penduduk", List.of(HEADER, List.of("P1", "1", "SRI", "x", "001")));

        assertThat(read(xlsx, "Penduduk").get(0).values()).containsEntry("NAMA", "SRI");
        assertThat(read(xlsx, null)).as("the cover sheet has a header and no rows").isEmpty();
        assertThatThrownBy(() -> read(xlsx, "Data"))
                .isInstanceOf(UnreadableInput.class).hasMessage("the workbook has no sheet named 'Data' (its sheets: Sampul, Penduduk)");
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        assertThatThrownBy(() -> read(List.of(List.of("NIK", "NIK"), List.of("1", "2"))))
                .isInstanceOf(UnreadableInput.class).hasMessage("the header row names column 'NIK' twice (cell B1)");
    }

    @Test
    void refusesAFileThatIsNoWorkbook() {
        assertThatThrownBy(() -> read("ID,NAMA\n1,SRI\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableInput.class).hasMessageStartingWith("the file is not an Excel workbook");
    }

    @Test
    void refusesAWorkbookThatIsAZipBombWithItsReasonInsteadOfInflatingIt() throws IOException {
        byte[] bomb = withPaddedSheet(Workbooks.xlsx("Penduduk", List.of(HEADER, List.of("P-1", "3316015512780001", "SITI", "1978-12-15", "1"))),
                64 << 20);

        assertThatThrownBy(() -> read(bomb, null))
                .isInstanceOf(UnreadableInput.class)
                .hasMessageContaining("Zip bomb detected");
    }

    /** The workbook with {@code padding} bytes of blanks in its sheet: legal XML that compresses a thousandfold. */
    private static byte[] withPaddedSheet(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<worksheet");
                    zip.write(xml.substring(0, root).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int written = 0; written < padding; written += blanks.length) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(root).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
