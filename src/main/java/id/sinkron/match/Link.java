package id.sinkron.match;

/**
 * A scored candidate pair and its decision; the score is the explanation stored with the link.
 */
public record Link(MatchRecord a, MatchRecord b, Score score, Decision decision) {
}
