package id.sinkron.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.sinkron.normalize.Masks;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Masks NIK and KK numbers by field and by shape. By field: the value of {@code nik} and {@code kk_number}, and in a
 * raw JSON payload also of the source's native names for them ({@link IdentityFields}), whatever its length when it
 * holds a digit — a malformed NIK is still one. By shape: every run of 15 to 17 digits in any text ({@link Masks#numbersIn}), which
 * is what covers a raw CSV line, whose field names are not in it.
 */
@Component
public class IdentityMasking {

    private static final Set<String> CANONICAL = Set.of("nik", "kk_number");

    private final ObjectMapper json;
    private final IdentityFields fields;

    IdentityMasking(ObjectMapper json, IdentityFields fields) {
        this.json = json;
        this.fields = fields;
    }

    /** Masks texts for the current caller if it may not see identity numbers (see {@link Disclosure}); else the identity. */
    public UnaryOperator<String> forCaller() {
        if (!Disclosure.masked()) {
            return UnaryOperator.identity();
        }
        Set<String> names = names();
        return text -> text(text, names);
    }

    /** {@code node} with identity numbers masked, in place where it can be. */
    JsonNode mask(JsonNode node) {
        return mask(node, CANONICAL, names());
    }

    private Set<String> names() {
        return fields.nativeNames().stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.collectingAndThen(Collectors.toSet(), s -> { s.addAll(CANONICAL); return s; }));
    }

    private JsonNode mask(JsonNode node, Set<String> keys, Set<String> payloadKeys) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                if (keys.contains(key) && value.isValueNode() && holdsDigit(value.asText())) {
                    field.setValue(TextNode.valueOf(Masks.number(value.asText())));
                } else if (!key.endsWith("hash")) {
                    // hashes are hex: a run of digits in one is no NIK, and an auditor must read it as it is
                    field.setValue(mask(value, keys, payloadKeys));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mask(array.get(i), keys, payloadKeys));
            }
        } else if (node.isTextual()) {
            String masked = text(node.asText(), payloadKeys);
            return masked.equals(node.asText()) ? node : TextNode.valueOf(masked);
        }
        return node;
    }

    // a value without a digit is no number, however malformed: a column name ("nik": "NIK" in the sources view),
    // an empty or "-" placeholder
    private static boolean holdsDigit(String value) {
        return value.chars().anyMatch(Character::isDigit);
    }

    /** A text, which may be a raw JSON payload: masked by field when it is, then by shape. */
    private String text(String text, Set<String> payloadKeys) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode payload = json.readTree(trimmed);
                if (payload != null && payload.isContainerNode()) {
                    JsonNode masked = mask(payload.deepCopy(), payloadKeys, payloadKeys);
                    // written anew only when a field was masked, so a payload keeps its text otherwise; numbers
                    // written as JSON numbers, in fields of other names, are masked by shape either way
                    return Masks.numbersIn(masked.equals(payload) ? text : json.writeValueAsString(masked));
                }
            } catch (JsonProcessingException notJson) {
                // a line that only starts like JSON (a truncated one): masked by shape below
            }
        }
        return Masks.numbersIn(text);
    }
}
