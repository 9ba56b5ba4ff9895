package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The rows of one worksheet's XML ({@code <sheetData><row><c t= s=><v>}), pulled one at a time with StAX, each
 * cell turned into the text an agency means: shared and inline strings as written, dates (numbers in a date
 * format) as {@code yyyy-MM-dd} (with {@code THH:mm:ss} when there is a time of day), numbers as written in the
 * file without exponent ({@code 3.316E+15} becomes {@code 3316000000000000}), booleans as TRUE/FALSE, formula
 * cells as their cached result. A cell holding an error ({@code #N/A}) makes its row unreadable.
 */
final class SheetRows {

    /** One row: its number (from 1), its non-empty cells by column index (from 0), and why it cannot be read. */
    record Row(int no, TreeMap<Integer, String> cells, String error) {}

    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final InputStream input;
    private int rowNo;

    SheetRows(InputStream sheet, SharedStrings strings, StylesTable styles, boolean date1904) throws XMLStreamException {
        this.input = sheet;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel), from its {@code workbookPr}. */
    static boolean date1904(InputStream workbookXml) throws XMLStreamException, IOException {
        try (workbookXml) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheets")) {
                    return false;
                }
            }
            return false;
        }
    }

    /** The number of the last row read. */
    int rowNo() {
        return rowNo;
    }

    /** The next row, or null at the end of the sheet. */
    Row next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new UnreadableInput("the sheet cannot be read after row " + rowNo + ": " + e.getMessage());
        }
    }

    private Row row() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        rowNo = r == null ? rowNo + 1 : Integer.parseInt(r);
        TreeMap<Integer, String> cells = new TreeMap<>();
        String error = null;
        int col = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                col = ref == null ? col + 1 : column(ref);
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String raw = cellText();
                if ("e".equals(type)) {
                    error = error != null ? error : "cell " + CellReference.convertNumToColString(col) + rowNo + " holds the error " + raw;
                } else if (raw != null) {
                    cells.put(col, value(type, style, raw));
                }
            }
        }
        return new Row(rowNo, cells, error);
    }

    /** The column index (from 0) of a cell reference like {@code AB12}; CellReference's parser is many times slower. */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return col - 1;
    }

    /** The text of the cell's {@code <v>}, or of its inline string's {@code <t>} runs; null when it has none. */
    private String cellText() throws XMLStreamException {
        StringBuilder text = null;
        boolean inValue = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic++;
                } else if ((name.equals("v") || name.equals("t")) && phonetic == 0) {
                    inValue = true;
                    text = text == null ? new StringBuilder() : text;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                if (name.equals("rPh")) {
                    phonetic--;
                } else if (name.equals("v") || name.equals("t")) {
                    inValue = false;
                }
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        return text == null ? null : text.toString();
    }

    private String value(String type, String style, String raw) {
        if (type == null || type.equals("n")) {
            return number(raw.trim(), style);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> "1".equals(raw.trim()) ? "TRUE" : "FALSE";
            default -> raw; // inlineStr, str (a formula's text), d (an ISO date as text)
        };
    }

    private String number(String raw, String style) {
        if (raw.isEmpty()) {
            return raw;
        }
        if (style != null && isDate(Integer.parseInt(style))) {
            double serial = Double.parseDouble(raw);
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
                return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
            }
        }
        // the digits as written in the file, never through a double: a NIK keeps all of them
        BigDecimal number = new BigDecimal(raw);
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private boolean isDate(int styleIndex) {
        return dateStyles.computeIfAbsent(styleIndex, i -> {
            XSSFCellStyle style = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            input.close();
        }
    }
}
