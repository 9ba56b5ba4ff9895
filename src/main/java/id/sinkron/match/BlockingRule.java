package id.sinkron.match;

import java.util.List;
import java.util.Objects;

/**
 * A blocking key: the values of {@code fields} joined. Two records are candidates when they share the key of
 * any rule; a record missing one of the fields has no key for the rule (an absent NIK blocks nothing).
 *
 * @param name the rule's name, shown in logs of skipped blocks
 * @param fields cleaned fields making up the key
 * @param maxBlockSize this rule's own cap (null: the model's {@code max-block-size}). A block of the rule holding
 *     more records than this is skipped, in a batch and in the store alike: for a loose rule (a phonetic name in a
 *     village) a large block is a common name, whose pairs the rule alone cannot link anyway, while its cost grows
 *     with the square of the block
 */
public record BlockingRule(String name, List<String> fields, Integer maxBlockSize) {

    public BlockingRule {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("blocking rule '" + name + "' has no fields");
        }
        if (maxBlockSize != null && maxBlockSize < 2) {
            throw new IllegalArgumentException("blocking rule '" + name + "': max-block-size must be at least 2, was " + maxBlockSize);
        }
    }

    public BlockingRule(String name, List<String> fields) {
        this(name, fields, null);
    }

    /** The largest block of this rule that is compared, given the model's cap. */
    public int cap(int modelCap) {
        return maxBlockSize == null ? modelCap : maxBlockSize;
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
