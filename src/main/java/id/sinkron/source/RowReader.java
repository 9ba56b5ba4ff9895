package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads rows from a stream one at a time, so a file or push of any size goes through in constant memory. A
 * row that cannot be read becomes an unreadable {@link SourceRow} and reading goes on with the next one; so
 * does a line with bytes that are not valid in the charset, and a line longer than {@link #MAX_LINE_CHARS}.
 */
public abstract sealed class RowReader implements Iterator<SourceRow>, AutoCloseable permits CsvRowReader, NdjsonRowReader {

    /** A longer line is rejected unread, so one huge line cannot exhaust the memory. */
    static final int MAX_LINE_CHARS = 1 << 20;
    /** How much of a line over the cap its rejection keeps. */
    static final int KEPT_CHARS = 4096;

    private final LineInput in;
    private final ArrayDeque<Line> pushedBack = new ArrayDeque<>();
    private int lineNo;
    private SourceRow next;
    private boolean done;

    RowReader(LineInput in) {
        this.in = in;
    }

    /** Opens a reader of {@code format}; {@code delimiter} matters for CSV only. */
    public static RowReader open(InputStream input, RowFormat format, Charset charset, char delimiter) {
        return open(input, format, charset, delimiter, HeaderCheck.NONE);
    }

    /**
     * Opens a reader of rows in {@code source}'s native names, in its declared format. A CSV header that lacks a
     * column the source's mapping reads fails the run ({@link UnreadableInput}) before any row is stored: a
     * misspelt column would otherwise leave that field empty in every record without a word.
     */
    public static RowReader open(InputStream input, SourceDefinition source) {
        return open(input, source.format(), source.charset(), source.delimiter(), HeaderCheck.of(source));
    }

    private static RowReader open(InputStream input, RowFormat format, Charset charset, char delimiter, HeaderCheck header) {
        LineInput lines = LineInput.of(input, charset, MAX_LINE_CHARS, KEPT_CHARS);
        return switch (format) {
            case CSV -> new CsvRowReader(lines, delimiter, header);
            case NDJSON -> new NdjsonRowReader(lines);
        };
    }

    /** The next row, or null at the end of the input. */
    abstract SourceRow readRow() throws IOException;

    /** The next physical line, null at the end; the first line loses a UTF-8 byte-order mark. */
    final Line readLine() throws IOException {
        Line line = pushedBack.isEmpty() ? in.next() : pushedBack.pop();
        if (line != null) {
            lineNo = line.no();
        }
        return line;
    }

    /** Gives lines back, to be read again in the same order. */
    final void unread(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            pushedBack.push(lines.get(i));
        }
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRow();
            } catch (IOException e) {
                throw new UncheckedIOException("reading the input failed after line " + lineNo, e);
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
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
