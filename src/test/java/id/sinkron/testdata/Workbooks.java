package id.sinkron.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes .xlsx workbooks the way an agency's Excel export holds its data: text as shared strings, numbers as
 * numeric cells (a NIK typed as a number), dates as date-formatted numbers ({@code dd/mm/yyyy}).
 */
public final class Workbooks {

    private Workbooks() {}

    /** One sheet named {@code sheet}; each row is a list of String, Number, LocalDate, Boolean or null (no cell). */
    public static byte[] xlsx(String sheet, List<? extends List<?>> rows) {
        try (Workbook workbook = new XSSFWorkbook()) {
            write(workbook, sheet, rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, written by POI's streaming writer: strings inline in the sheet, no shared-string table. */
    public static byte[] streamedXlsx(String sheet, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            write(workbook, sheet, rows);
            byte[] bytes = bytes(workbook);
            workbook.dispose();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one more sheet in front of the data, as a cover page. */
    public static byte[] xlsxWithCover(String coverSheet, String sheet, List<? extends List<?>> rows) {
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet(coverSheet).createRow(0).createCell(0).setCellValue("Ekspor data penduduk");
            write(workbook, sheet, rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Workbook workbook, String name, List<? extends List<?>> rows) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<?> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof FormulaError error) {
                    cell.setCellErrorValue(error.getCode());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
