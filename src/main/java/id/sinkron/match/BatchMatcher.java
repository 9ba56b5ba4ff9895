package id.sinkron.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a whole batch at once (a bulk load, a benchmark): blocks every record, scores each candidate pair
 * once, decides it and clusters the links.
 */
public final class BatchMatcher {

    private final MatchingModel model;

    public BatchMatcher(MatchingModel model) {
        this.model = model;
    }

    /**
     * @param records the batch, already prepared
     * @param mode deduplication of one dataset or linkage between sources
     */
    public Result run(List<MatchRecord> records, PairMode mode) {
        BlockingIndex index = new BlockingIndex(model.blocking(), model.config().maxBlockSize(), mode);
        records.forEach(index::add);
        Scorer scorer = new Scorer(model, TermFrequencies.of(model.tfFields(), records));
        List<Link> links = new ArrayList<>();
        long compared = index.forEachPair((a, b) -> {
            Score score = scorer.score(a, b);
            Decision decision = model.decide(score);
            if (decision != Decision.NEW) {
                links.add(new Link(a, b, score, decision));
            }
        });
        Clusterer.Clusters clusters = new Clusterer(scorer).cluster(records, links);
        return new Result(compared, links, clusters, index.skippedBlocks());
    }

    /**
     * @param pairsCompared candidate pairs scored
     * @param links pairs decided {@link Decision#LINK} or {@link Decision#REVIEW}
     * @param clusters persons formed from the links
     * @param skippedBlocks blocks over the cap
     */
    public record Result(long pairsCompared, List<Link> links, Clusterer.Clusters clusters, List<SkippedBlock> skippedBlocks) {
    }
}
