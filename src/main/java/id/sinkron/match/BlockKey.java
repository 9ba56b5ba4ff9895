package id.sinkron.match;

import java.util.Objects;

/**
 * One blocking key of a record: two records sharing a {@code (rule, key)} are compared. The canonical store keeps
 * these for every golden person so that an incoming record finds its candidates with one indexed query.
 *
 * @param rule the blocking rule's name
 * @param key the record's key for that rule (its cleaned field values joined)
 */
public record BlockKey(String rule, String key) {

    public BlockKey {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
    }
}
