package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * An Excel workbook ({@code .xlsx}), read with POI's streaming reader ({@link XSSFReader}): the sheet's XML is
 * pulled one row at a time ({@link SheetRows}), so a sheet of a million rows goes through in constant memory
 * (only the workbook's shared-string table is held, as in every POI streaming reader). The first non-empty row
 * is the header; the sheet is the first one, or the source's {@code sheet:}. Cell values become text the way an
 * agency would type them: dates as {@code yyyy-MM-dd}, integral numbers without exponent or decimals (a NIK typed
 * as a number stays {@code 3316…}, never {@code 3.316E15}). The workbook is copied to a temporary file first,
 * because a ZIP file is read from its end.
 */
final class XlsxRowReader extends RowReader {

    private final InputStream input;
    private final String sheetName;
    private Path copy;
    private OPCPackage workbook;
    private SheetRows rows;
    private List<String> header;
    private Map<Integer, String> columns;

    /** Nothing is read yet: a file that is no workbook fails the sync run on the first read, with its reason recorded. */
    XlsxRowReader(InputStream input, String sheetName) {
        this.input = input;
        this.sheetName = sheetName;
    }

    private void open() {
        try {
            copy = Files.createTempFile("sinkron-xlsx", ".xlsx");
            try (input) {
                Files.copy(input, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            rows = new SheetRows(sheet(reader, sheetName), new ReadOnlySharedStringsTable(workbook),
                    reader.getStylesTable(), SheetRows.date1904(reader.getWorkbookData()));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new UnreadableInput("the file is not an Excel workbook (.xlsx): " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableInput u) {
                throw u;
            }
            throw new UnreadableInput("the workbook cannot be read: " + e.getMessage());
        }
    }

    private static InputStream sheet(XSSFReader reader, String name) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (name == null || name.equals(sheets.getSheetName())) {
                return sheet;
            }
            names.add(sheets.getSheetName());
            sheet.close();
        }
        throw new UnreadableInput(name == null ? "the workbook has no sheet"
                : "the workbook has no sheet named '" + name + "' (its sheets: " + String.join(", ", names) + ")");
    }

    @Override
    SourceRow readRow() throws IOException {
        if (rows == null) {
            open();
        }
        if (header == null) {
            readHeader();
        }
        SheetRows.Row row;
        do {
            row = rows.next();
            if (row == null) {
                return null;
            }
        } while (row.cells().values().stream().allMatch(String::isBlank) && row.error() == null);
        SheetRows.Row read = row;
        Map<String, Object> values = new LinkedHashMap<>(header.size() * 2);
        header.forEach(name -> values.put(name, ""));
        List<String> stray = new ArrayList<>();
        Map<String, Object> shown = new LinkedHashMap<>();
        row.cells().forEach((col, value) -> {
            String name = columns.get(col);
            if (name != null) {
                values.put(name, value);
                shown.put(name, value);
            } else if (!value.isBlank()) {
                stray.add(CellReference.convertNumToColString(col));
                shown.put(CellReference.convertNumToColString(col) + read.no(), value);
            }
        });
        if (row.error() != null) {
            return SourceRow.unreadable(row.no(), JsonRows.text(shown), row.error());
        }
        if (!stray.isEmpty()) {
            return SourceRow.unreadable(row.no(), JsonRows.text(shown),
                    "has values in column " + String.join(", ", stray) + ", which the header does not name");
        }
        return SourceRow.of(row.no(), values);
    }

    private void readHeader() throws IOException {
        SheetRows.Row row;
        do {
            row = rows.next();
            if (row == null) {
                throw new UnreadableInput("the sheet is empty: a header row is required");
            }
        } while (row.cells().values().stream().allMatch(String::isBlank));
        if (row.error() != null) {
            throw new UnreadableInput("the header row cannot be read: " + row.error());
        }
        Map<Integer, String> named = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        List<Integer> used = row.cells().entrySet().stream().filter(e -> !e.getValue().isBlank()).map(Map.Entry::getKey).toList();
        for (int col = used.get(0); col <= used.get(used.size() - 1); col++) {
            String n = row.cells().getOrDefault(col, "").trim();
            String at = CellReference.convertNumToColString(col) + row.no();
            if (n.isEmpty()) {
                throw new UnreadableInput("the header row has an empty column name (cell " + at + ")");
            }
            if (!seen.add(n)) {
                throw new UnreadableInput("the header row names column '" + n + "' twice (cell " + at + ")");
            }
            named.put(col, n);
        }
        columns = named;
        header = List.copyOf(named.values());
    }

    @Override
    String position() {
        return rows == null ? "the start" : "row " + rows.rowNo();
    }

    @Override
    public void close() {
        try {
            if (rows != null) {
                rows.close();
            } else if (copy == null) {
                input.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cleanUp(workbook, copy);
        }
    }

    private static void cleanUp(OPCPackage workbook, Path copy) {
        try {
            if (workbook != null) {
                workbook.revert();
            }
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
