package id.sinkron.match;

/**
 * A block left out because it is larger than {@code max-block-size}: its pairs are found by other rules or not
 * at all, and an operator should see it (a placeholder birth date, a village with one very common name).
 *
 * @param rule the blocking rule
 * @param key the shared key (fields separated by {@code |})
 * @param size records in the block
 */
public record SkippedBlock(String rule, String key, int size) {
}
