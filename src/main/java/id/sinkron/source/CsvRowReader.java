package id.sinkron.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row. Each record is parsed on its own (commons-csv), after joining the physical lines of
 * a quoted value that spans lines, so one broken record is reported with its exact text and never takes the
 * rest of the file with it: when joining lines gives no valid record, only the first line is rejected and the
 * lines after it are read again as records of their own.
 */
final class CsvRowReader extends LineRowReader {

    /** A quoted value still open after this many more lines is taken as an unterminated quote. */
    private static final int MAX_FOLLOWING_LINES = 20;

    private final CSVFormat format;
    private final char delimiter;
    private final HeaderCheck expected;
    private List<String> header;

    /**
     * @param expected what the header must hold: the columns a source's mapping reads; {@link HeaderCheck#NONE}
     *     when the rows are taken as they come (canonical names, which the record checks one by one)
     */
    CsvRowReader(LineInput in, char delimiter, HeaderCheck expected) {
        super(in);
        this.delimiter = delimiter;
        this.expected = expected;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
    }

    @Override
    SourceRow readRow() throws IOException {
        if (header == null) {
            readHeader();
        }
        while (true) {
            Line line = readLine();
            if (line == null) {
                return null;
            }
            if (!line.readable()) {
                return line.toRejection();
            }
            if (line.text().isBlank()) {
                continue;
            }
            int quotes = quotes(line.text());
            if (quotes % 2 == 0) {
                return row(line.no(), line.text());
            }
            // a quoted value may span lines; join the following lines until the quotes balance
            StringBuilder text = new StringBuilder(line.text());
            List<Line> following = new ArrayList<>();
            Line unreadable = null;
            while (quotes % 2 == 1 && following.size() < MAX_FOLLOWING_LINES) {
                Line more = readLine();
                if (more == null) {
                    break;
                }
                following.add(more);
                if (!more.readable()) {
                    unreadable = more;
                    break;
                }
                text.append('\n').append(more.text());
                quotes += quotes(more.text());
            }
            SourceRow joined = unreadable == null && quotes % 2 == 0 ? row(line.no(), text.toString()) : null;
            if (joined != null && joined.readable()) {
                return joined;
            }
            // the joined text is no record either: only this line is broken, the following lines are read on their own
            unread(following);
            return SourceRow.unreadable(line.no(), line.text(), unreadable == null ? "unterminated quoted value"
                    : "unterminated quoted value, or one that continues into line " + unreadable.no() + ", which cannot be read");
        }
    }

    private void readHeader() throws IOException {
        Line line;
        do {
            line = readLine();
            if (line == null) {
                throw new UnreadableInput("the CSV is empty: a header row is required");
            }
            if (!line.readable()) {
                throw new UnreadableInput("the CSV header cannot be read: " + line.problem());
            }
        } while (line.text().isBlank());
        List<String> names;
        try {
            names = parse(line.text());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableInput("the CSV header cannot be read: " + e.getMessage());
        }
        Set<String> seen = new HashSet<>();
        List<String> trimmed = new ArrayList<>(names.size());
        for (String name : names) {
            String n = name.trim();
            if (n.isEmpty()) {
                throw new UnreadableInput("the CSV header has an empty column name (column " + (trimmed.size() + 1) + ")");
            }
            if (!seen.add(n)) {
                throw new UnreadableInput("the CSV header names column '" + n + "' twice");
            }
            trimmed.add(n);
        }
        header = List.copyOf(trimmed);
        expected.check(header);
    }

    private SourceRow row(int recordNo, String text) {
        List<String> values;
        try {
            values = parse(text);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return SourceRow.unreadable(recordNo, text, "malformed CSV: " + e.getMessage());
        }
        if (values.size() != header.size()) {
            return SourceRow.unreadable(recordNo, text,
                    "has " + values.size() + " fields where the header has " + header.size());
        }
        Map<String, Object> map = new LinkedHashMap<>(header.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            map.put(header.get(i), values.get(i));
        }
        return SourceRow.of(recordNo, map, text);
    }

    private List<String> parse(String text) {
        if (text.indexOf('"') < 0) {
            return split(text);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalArgumentException("expected one record, found " + records.size());
            }
            return records.get(0).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The common unquoted line, without the parser's per-record setup (it dominates on large files). */
    private List<String> split(String text) {
        List<String> values = new ArrayList<>(header == null ? 16 : header.size());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == delimiter) {
                values.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        return values;
    }

    private static int quotes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }
}
