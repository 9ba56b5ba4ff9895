package id.sinkron.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * One JSON object as a row, read strictly: a second value after the object, or a field named twice, rejects it
 * rather than silently dropping a record or a value. Shared by JSON Lines and JSON arrays.
 */
final class JsonRows {

    // big decimals keep every digit of a NIK or phone sent as a JSON number
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonRows() {}

    /**
     * The row of one object's text; {@code notAnObject} is the reason when the text is valid JSON but no object,
     * {@code twoValues} when a second value follows the object.
     */
    @SuppressWarnings("unchecked")
    static SourceRow row(int recordNo, String text, String notAnObject, String twoValues) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return SourceRow.unreadable(recordNo, text, notAnObject);
            }
            return SourceRow.of(recordNo, JSON.convertValue(node, Map.class), text);
        } catch (JsonProcessingException e) {
            return SourceRow.unreadable(recordNo, text, "invalid JSON: " + reason(e, twoValues));
        }
    }

    /** The JSON text of a row's values, for a rejection's payload. */
    static String text(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String reason(JsonProcessingException e, String twoValues) {
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException && message != null && message.startsWith("Trailing token")) {
            // FAIL_ON_TRAILING_TOKENS: the text goes on after its object, e.g. two records on one line
            return twoValues;
        }
        return message;
    }
}
