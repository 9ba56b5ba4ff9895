package id.sinkron.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;

/** JSON Lines: one JSON object per line; blank lines are skipped. */
final class NdjsonRowReader extends RowReader {

    // big decimals keep every digit of a NIK or phone sent as a JSON number
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    NdjsonRowReader(BufferedReader in) {
        super(in);
    }

    @Override
    @SuppressWarnings("unchecked")
    SourceRow readRow() throws IOException {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return SourceRow.unreadable(lineNo(), line, "a JSON object is expected on each line");
            }
            return SourceRow.of(lineNo(), JSON.convertValue(node, Map.class));
        } catch (JsonProcessingException e) {
            return SourceRow.unreadable(lineNo(), line, "invalid JSON: " + e.getOriginalMessage());
        }
    }
}
