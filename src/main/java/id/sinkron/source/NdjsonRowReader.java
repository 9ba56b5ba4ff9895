package id.sinkron.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/**
 * JSON Lines: one JSON object per line; blank lines are skipped. A line is read strictly: a second value after
 * the object, or a field named twice, rejects the line rather than silently dropping a record or a value.
 */
final class NdjsonRowReader extends RowReader {

    // big decimals keep every digit of a NIK or phone sent as a JSON number
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    NdjsonRowReader(LineInput in) {
        super(in);
    }

    @Override
    @SuppressWarnings("unchecked")
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
        String text = line.text();
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return SourceRow.unreadable(line.no(), text, "a JSON object is expected on each line");
            }
            return SourceRow.of(line.no(), JSON.convertValue(node, Map.class), text);
        } catch (JsonProcessingException e) {
            return SourceRow.unreadable(line.no(), text, "invalid JSON: " + reason(e));
        }
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message != null && message.startsWith("Trailing token")) {
            // FAIL_ON_TRAILING_TOKENS: the line goes on after its object, e.g. two records on one line
            return "more than one JSON value on the line (one object per line)";
        }
        return message;
    }
}
