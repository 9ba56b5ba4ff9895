package id.sinkron.match;

import java.util.Comparator;
import java.util.List;

/**
 * Matches one incoming record against what is already known (incremental matching): candidates from a
 * {@link CandidateSource}, each scored and decided, strongest first. The caller links to the best
 * {@link Decision#LINK}, queues {@link Decision#REVIEW}s, and otherwise starts a new person.
 */
public final class RecordMatcher {

    private final MatchingModel model;
    private final Scorer scorer;

    public RecordMatcher(MatchingModel model, Frequencies frequencies) {
        this.model = model;
        this.scorer = new Scorer(model, frequencies);
    }

    public List<Link> match(MatchRecord record, CandidateSource candidates) {
        return candidates.candidates(record).stream()
                .map(c -> {
                    Score score = scorer.score(record, c);
                    return new Link(record, c, score, model.decide(score));
                })
                .sorted(Comparator.comparingDouble((Link l) -> l.score().weight()).reversed())
                .toList();
    }
}
