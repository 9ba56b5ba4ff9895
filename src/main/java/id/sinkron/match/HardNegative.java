package id.sinkron.match;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A combination of comparison outcomes that means two different people whatever the total weight: twins
 * (same birth date, different names, no NIK in common), a father and son of the same name (different
 * birth dates), two different valid NIKs. A pair matching every condition is never linked, and clustering
 * never merges groups containing such a pair.
 *
 * @param name shown in the explanation of the decision
 * @param when comparison name → the level labels that satisfy the condition
 */
public record HardNegative(String name, Map<String, List<String>> when) {

    public HardNegative {
        Objects.requireNonNull(name, "name");
        when = Map.copyOf(when);
        if (when.isEmpty()) {
            throw new IllegalArgumentException("hard negative '" + name + "' has no conditions");
        }
    }
}
