package id.sinkron.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;

/** A reader of line-based formats (CSV, JSON Lines): physical lines in the charset, with lines that can be given back. */
abstract sealed class LineRowReader extends RowReader permits CsvRowReader, NdjsonRowReader {

    private final LineInput in;
    private final ArrayDeque<Line> pushedBack = new ArrayDeque<>();
    private int lineNo;

    LineRowReader(LineInput in) {
        this.in = in;
    }

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
    final String position() {
        return "line " + lineNo;
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
