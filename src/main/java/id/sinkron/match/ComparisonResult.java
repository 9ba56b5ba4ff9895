package id.sinkron.match;

/**
 * The outcome of one comparison for one pair: the explanation kept with every link.
 *
 * @param comparison the comparison's name
 * @param level the label of the level the pair fell into ({@code null} when a value was missing)
 * @param weight the level's weight in this pair, term-frequency adjusted where configured
 */
public record ComparisonResult(String comparison, String level, double weight) {
}
