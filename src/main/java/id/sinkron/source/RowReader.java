package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads rows from a stream one at a time, so a file or push of any size goes through in constant memory. A
 * row that cannot be read becomes an unreadable {@link SourceRow} and reading goes on with the next one: a CSV
 * or JSON Lines line with bytes that are not valid in the charset or longer than {@link #MAX_LINE_CHARS}, a
 * JSON array element that is no object, a spreadsheet row with an error cell. When the input as a whole cannot
 * be read (no header, not a JSON array, not a workbook), reading throws {@link UnreadableInput}.
 */
public abstract sealed class RowReader implements Iterator<SourceRow>, AutoCloseable
        permits LineRowReader, JsonArrayRowReader, XlsxRowReader {

    /** A longer line (or JSON array element) is rejected unread, so one huge line cannot exhaust the memory. */
    static final int MAX_LINE_CHARS = 1 << 20;
    /** How much of a line over the cap its rejection keeps. */
    static final int KEPT_CHARS = 4096;

    private SourceRow next;
    private boolean done;

    RowReader() {}

    /** Opens a reader of {@code format}; {@code delimiter} matters for CSV only; a workbook is read from its first sheet. */
    public static RowReader open(InputStream input, RowFormat format, Charset charset, char delimiter) {
        return open(input, format, charset, delimiter, null, HeaderCheck.NONE);
    }

    /**
     * Opens a reader of rows in {@code source}'s native names, in its declared format, charset, delimiter and
     * sheet. A CSV header that lacks a column the source's mapping reads fails the run ({@link UnreadableInput})
     * before any row is stored: a misspelt column would otherwise leave that field empty in every record without
     * a word.
     */
    public static RowReader open(InputStream input, SourceDefinition source) {
        return open(input, source.format(), source.charset(), source.delimiter(), source.sheet(), HeaderCheck.of(source));
    }

    private static RowReader open(InputStream input, RowFormat format, Charset charset, char delimiter, String sheet,
            HeaderCheck header) {
        return switch (format) {
            case CSV -> new CsvRowReader(lines(input, charset), delimiter, header);
            case NDJSON -> new NdjsonRowReader(lines(input, charset));
            case JSON -> new JsonArrayRowReader(input, charset);
            case XLSX -> new XlsxRowReader(input, sheet);
        };
    }

    private static LineInput lines(InputStream input, Charset charset) {
        return LineInput.of(input, charset, MAX_LINE_CHARS, KEPT_CHARS);
    }

    /** The next row, or null at the end of the input. */
    abstract SourceRow readRow() throws IOException;

    /** Where reading stands, for a message about a failure: "line 12", "element 3", "row 7". */
    abstract String position();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRow();
            } catch (IOException e) {
                throw new UncheckedIOException("reading the input failed after " + position(), e);
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    @Override
    public abstract void close();
}
