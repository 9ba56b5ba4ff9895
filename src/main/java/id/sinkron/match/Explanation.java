package id.sinkron.match;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Why a probabilistic decision was made, stored with the link: the candidate it was scored against and that
 * pair's {@link Score}.
 *
 * @param candidate the golden person the record was compared with (the linked one, or the nearest one of a
 *     record that started a new person)
 * @param decision what the model concluded for this pair ({@link Decision#REVIEW}: the record started a new
 *     person and a review item asks a data steward)
 * @param score the match weight, each comparison's level and weight, and the hard negative met, if any
 */
public record Explanation(UUID candidate, Decision decision, Score score) {

    public Explanation {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(score, "score");
    }

    public List<ComparisonResult> comparisons() {
        return score.results();
    }
}
