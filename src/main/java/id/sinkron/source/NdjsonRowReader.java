package id.sinkron.source;

import java.io.IOException;

/**
 * JSON Lines: one JSON object per line; blank lines are skipped. A line is read strictly (see {@link JsonRows}):
 * a second value after the object, or a field named twice, rejects the line.
 */
final class NdjsonRowReader extends LineRowReader {

    NdjsonRowReader(LineInput in) {
        super(in);
    }

    @Override
    SourceRow readRow() throws IOException {
        Line line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
        } while (line.readable() && line.text().isBlank());
        if (!line.readable()) {
            return line.toRejection();
        }
        return JsonRows.row(line.no(), line.text(), "a JSON object is expected on each line",
                "more than one JSON value on the line (one object per line)");
    }
}
