package id.sinkron.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Links an incoming record with the Fellegi–Sunter model of {@code config/matching.yml}: the record is cleaned,
 * the golden persons sharing one of its blocking keys are fetched from the store (at most {@code max-block-size}
 * per key), each is scored, and the record is linked to the strongest candidate whose decision is
 * {@link Decision#LINK}. Every other candidate at or above the link threshold is reported with it
 * ({@link LinkDecision#alsoLinked()}): the record says those persons are one, and the store merges them unless a
 * hard negative holds between their golden records and the ones already together (reported with the candidate,
 * as {@link Clusterer} refuses such a merge) or the store knows better (different NIKs, a steward's decision).
 * Without a link, the strongest candidate in the review band ({@link Decision#REVIEW}) makes a
 * {@link LinkDecision.Kind#REVIEW}: a new person that a data steward compares with that candidate. Otherwise the
 * record starts a new person. Every decision that had a candidate carries the decisive candidate's weight as
 * its score and its {@link Explanation}. Term frequencies are not kept by the store yet, so {@code tf} levels
 * weigh their average u.
 */
public final class ProbabilisticLinker implements Linker {

    public static final String RULE = "probabilistic";

    private static final String INCOMING = "incoming";
    private static final String GOLDEN = "golden";

    private final MatchingModel model;
    private final RecordMatcher matcher;
    private final Scorer scorer;

    public ProbabilisticLinker(MatchingModel model) {
        this.model = model;
        this.matcher = new RecordMatcher(model, new TermFrequencies(Set.of()));
        this.scorer = new Scorer(model, new TermFrequencies(Set.of()));
    }

    @Override
    public List<BlockKey> keys(Map<String, Object> record) {
        return model.keys(prepare(INCOMING, INCOMING, record));
    }

    @Override
    public LinkDecision decide(Map<String, Object> record, Candidates candidates) {
        MatchRecord incoming = prepare(INCOMING, INCOMING, record);
        Map<UUID, Map<String, Object>> golden = candidates.sharingKeys(model.keys(incoming), model.config().maxBlockSize());
        List<MatchRecord> prepared = golden.entrySet().stream()
                .map(e -> prepare(e.getKey().toString(), GOLDEN, e.getValue())).toList();
        List<Link> links = matcher.match(incoming, r -> prepared);
        if (links.isEmpty()) {
            return LinkDecision.newPerson(RULE);
        }
        List<Link> linking = links.stream().filter(l -> l.decision() == Decision.LINK).toList();
        if (!linking.isEmpty()) {
            Link best = linking.get(0);
            List<MatchRecord> together = new ArrayList<>(List.of(best.b()));
            List<LinkDecision.AlsoLinked> also = new ArrayList<>();
            for (Link other : linking.subList(1, linking.size())) {
                String apart = together.stream().map(t -> scorer.score(t, other.b()).hardNegative()).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                if (apart == null) {
                    together.add(other.b());
                }
                also.add(new LinkDecision.AlsoLinked(explanation(other), apart));
            }
            return new LinkDecision(LinkDecision.Kind.LINK, UUID.fromString(best.b().id()), RULE, best.score().weight(),
                    explanation(best), also);
        }
        Link review = links.stream().filter(l -> l.decision() == Decision.REVIEW).findFirst().orElse(null);
        if (review != null) {
            return new LinkDecision(LinkDecision.Kind.REVIEW, null, RULE, review.score().weight(), explanation(review));
        }
        Link nearest = links.get(0);
        return new LinkDecision(LinkDecision.Kind.NEW, null, RULE, nearest.score().weight(), explanation(nearest));
    }

    private static Explanation explanation(Link link) {
        return new Explanation(UUID.fromString(link.b().id()), link.decision(), link.score());
    }

    private MatchRecord prepare(String id, String source, Map<String, ?> record) {
        return model.preparer().prepare(id, source, record.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
    }
}
