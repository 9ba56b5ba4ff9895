package id.sinkron.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Bean {@code jsonMessages}: turns one broker message into rows for {@code direct:sinkron-ingest}. A message is
 * one JSON object (one record) or a JSON array of objects, in the source's native field names. Whatever is not
 * an object (a broken message, a string in an array) becomes an {@link UnreadableMessage}, stored as a rejection.
 */
@Component("jsonMessages")
public class JsonMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of one message body; never throws for bad content. */
    public List<Object> rows(String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return List.of(new UnreadableMessage(body, "the message is not JSON: " + e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            return List.of(new UnreadableMessage(body, "the message is empty"));
        }
        List<Object> rows = new ArrayList<>();
        if (tree.isArray()) {
            tree.forEach(element -> rows.add(row(element)));
        } else {
            rows.add(row(tree));
        }
        return rows;
    }

    private static Object row(JsonNode node) {
        if (!node.isObject()) {
            return new UnreadableMessage(node.toString(), "a record must be a JSON object of field names to values");
        }
        return JSON.convertValue(node, Map.class);
    }
}
