package id.sinkron.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Links an incoming record with the Fellegi–Sunter model of {@code config/matching.yml}: the record is cleaned,
 * the golden persons sharing one of its blocking keys are fetched from the store (at most {@code max-block-size}
 * per key), each is scored, and the record is linked to the strongest candidate whose decision is
 * {@link Decision#LINK}; otherwise it starts a new person. Every decision that had a candidate carries the best
 * candidate's weight as its score and its {@link Explanation}.
 *
 * <p>A pair in the review band ({@link Decision#REVIEW}: between the review and link thresholds) starts a new
 * person for now, keeping its weight and explanation with the link so that nothing is lost; review items and
 * merges by a data steward come with the stewardship work. Term frequencies are not kept by the store yet, so
 * {@code tf} levels weigh their average u.
 */
public final class ProbabilisticLinker implements Linker {

    public static final String RULE = "probabilistic";

    private static final String INCOMING = "incoming";
    private static final String GOLDEN = "golden";

    /** Enough for the largest batch (10,000 records) and the golden persons it meets; some 100 MB at most. */
    private static final int PREPARED = 30_000;

    private final MatchingModel model;
    private final RecordMatcher matcher;
    private final PreparedRecords cleaned = new PreparedRecords(PREPARED);

    public ProbabilisticLinker(MatchingModel model) {
        this.model = model;
        this.matcher = new RecordMatcher(model, new TermFrequencies(Set.of()));
    }

    @Override
    public List<BlockKey> keys(Map<String, Object> record) {
        return model.keys(incoming(record));
    }

    @Override
    public LinkDecision decide(Map<String, Object> record, Candidates candidates) {
        MatchRecord incoming = incoming(record);
        Map<UUID, Map<String, Object>> golden = candidates.sharingKeys(model.keys(incoming), model.config().maxBlockSize());
        List<MatchRecord> prepared = golden.entrySet().stream()
                .map(e -> cleaned.golden(e.getKey(), strings(e.getValue()), v -> model.preparer().prepare(e.getKey().toString(), GOLDEN, v)))
                .toList();
        List<Link> links = matcher.match(incoming, r -> prepared);
        if (links.isEmpty()) {
            return LinkDecision.newPerson(RULE);
        }
        Link best = links.stream().filter(l -> l.decision() == Decision.LINK).findFirst().orElse(links.get(0));
        UUID person = UUID.fromString(best.b().id());
        Explanation why = new Explanation(person, best.decision(), best.score());
        LinkDecision.Kind kind = best.decision() == Decision.LINK ? LinkDecision.Kind.LINK : LinkDecision.Kind.NEW;
        return new LinkDecision(kind, kind == LinkDecision.Kind.LINK ? person : null, RULE, best.score().weight(), why);
    }

    private MatchRecord incoming(Map<String, Object> record) {
        return cleaned.incoming(strings(record), v -> model.preparer().prepare(INCOMING, INCOMING, v));
    }

    private static Map<String, String> strings(Map<String, ?> record) {
        Map<String, String> values = new HashMap<>();
        record.forEach((field, value) -> {
            if (value != null) {
                values.put(field, value.toString());
            }
        });
        return values;
    }
}
