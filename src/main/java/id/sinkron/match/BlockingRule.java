package id.sinkron.match;

import java.util.List;
import java.util.Objects;

/**
 * A blocking key: the values of {@code fields} joined. Two records are candidates when they share the key of
 * any rule; a record missing one of the fields has no key for the rule (an absent NIK blocks nothing).
 *
 * @param name the rule's name, shown in logs of skipped blocks
 * @param fields cleaned fields making up the key
 */
public record BlockingRule(String name, List<String> fields) {

    public BlockingRule {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("blocking rule '" + name + "' has no fields");
        }
    }

    /** The record's key for this rule, or null when a field is missing. */
    public String key(MatchRecord record) {
        StringBuilder key = new StringBuilder();
        for (String field : fields) {
            String value = record.value(field);
            if (value == null) {
                return null;
            }
            key.append(value).append('\u001f');
        }
        return key.toString();
    }
}
