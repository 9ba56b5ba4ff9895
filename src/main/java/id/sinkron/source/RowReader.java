package id.sinkron.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads rows from a stream one at a time, so a file or push of any size goes through in constant memory. A
 * row that cannot be read becomes an unreadable {@link SourceRow} and reading goes on with the next one.
 */
public abstract sealed class RowReader implements Iterator<SourceRow>, AutoCloseable permits CsvRowReader, NdjsonRowReader {

    private final BufferedReader in;
    private final ArrayDeque<String> pushedBack = new ArrayDeque<>();
    private int lineNo;
    private SourceRow next;
    private boolean done;

    RowReader(BufferedReader in) {
        this.in = in;
    }

    /** Opens a reader of {@code format}; {@code delimiter} matters for CSV only. */
    public static RowReader open(InputStream input, RowFormat format, Charset charset, char delimiter) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, charset), 1 << 16);
        return switch (format) {
            case CSV -> new CsvRowReader(reader, delimiter);
            case NDJSON -> new NdjsonRowReader(reader);
        };
    }

    /** The next row, or null at the end of the input. */
    abstract SourceRow readRow() throws IOException;

    /** The next physical line without its terminator, null at the end; the first line loses a UTF-8 byte-order mark. */
    final String readLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            lineNo++;
            return pushedBack.pop();
        }
        String line = in.readLine();
        if (line != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
        }
        return line;
    }

    /** Gives lines back, to be read again in the same order. */
    final void unread(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            pushedBack.push(lines.get(i));
        }
        lineNo -= lines.size();
    }

    /** Number of the line last read, from 1. */
    final int lineNo() {
        return lineNo;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readRow();
            } catch (IOException e) {
                throw new UncheckedIOException("reading the input failed at line " + lineNo, e);
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
