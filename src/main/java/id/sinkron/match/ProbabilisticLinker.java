package id.sinkron.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Links an incoming record with the Fellegi–Sunter model of {@code config/matching.yml}: the record is cleaned,
 * the golden persons sharing one of its blocking keys are fetched from the store (a key held by more persons than
 * its rule's cap, or {@code max-block-size}, brings none), each is scored, and the record is linked to the
 * strongest candidate whose decision is {@link Decision#LINK}. Every other candidate at or above the link
 * threshold is reported with it ({@link LinkDecision#alsoLinked()}): the record says those persons are one, and
 * the store merges them unless a hard negative holds between their golden records and the ones already together
 * (reported with the candidate, as {@link Clusterer} refuses such a merge) or the store knows better (different
 * NIKs, a steward's decision).
 * Without a link, the strongest candidate in the review band ({@link Decision#REVIEW}) makes a
 * {@link LinkDecision.Kind#REVIEW}: a new person that a data steward compares with that candidate. Otherwise the
 * record starts a new person. Every decision that had a candidate carries the decisive candidate's weight as
 * its score and its {@link Explanation}. A {@code tf} level weighs how often the record's value occurs among the
 * golden persons ({@link Candidates#frequency}, counted from the {@link #termKeys} the store keeps), smoothed by
 * {@code tf-prior-records}.
 */
public final class ProbabilisticLinker implements Linker {

    public static final String RULE = "probabilistic";
    /** The rule prefix of term keys: {@code tf:full_name}. */
    public static final String TERM_RULE = "tf:";

    private static final String INCOMING = "incoming";
    private static final String GOLDEN = "golden";

    /** Enough for the largest batch (10,000 records) and the golden persons it meets; some 100 MB at most. */
    private static final int PREPARED = 30_000;

    private final MatchingModel model;
    private final Scorer scorer;
    private final List<String> tfFields;
    private final PreparedRecords cleaned = new PreparedRecords(PREPARED);
    /**
     * Each rule's cap, its own or else the model's {@code max-block-size}: a larger block is left out altogether,
     * in the store as in a batch ({@link BlockingIndex}), rather than cut to the persons that happen to come first.
     */
    private final Map<String, Integer> skipAbove;
    /** The largest cap: no block that is kept is cut. */
    private final int perBlock;

    public ProbabilisticLinker(MatchingModel model) {
        this.model = model;
        this.scorer = new Scorer(model, Frequencies.NONE);
        this.tfFields = model.tfFields().stream().sorted().toList();
        int modelCap = model.config().maxBlockSize();
        this.skipAbove = model.blocking().stream().collect(Collectors.toUnmodifiableMap(BlockingRule::name, r -> r.cap(modelCap)));
        this.perBlock = skipAbove.values().stream().mapToInt(Integer::intValue).max().orElse(modelCap);
    }

    @Override
    public List<BlockKey> keys(Map<String, Object> record) {
        return incoming(record).keys();
    }

    @Override
    public List<BlockKey> termKeys(Map<String, Object> record) {
        MatchRecord cleaned = incoming(record).record();
        List<BlockKey> keys = new ArrayList<>(tfFields.size());
        for (String field : tfFields) {
            String value = cleaned.value(field);
            if (value != null && !value.isEmpty()) {
                keys.add(new BlockKey(TERM_RULE + field, value));
            }
        }
        return keys;
    }

    @Override
    public LinkDecision decide(Map<String, Object> record, Candidates candidates) {
        PreparedRecords.Incoming prepared = incoming(record);
        MatchRecord incoming = prepared.record();
        Map<UUID, Map<String, Object>> golden = candidates.sharingKeys(prepared.keys(), perBlock, skipAbove);
        List<MatchRecord> goldenCleaned = golden.entrySet().stream().map(e -> golden(e.getKey(), e.getValue())).toList();
        List<Link> links = new RecordMatcher(model, candidates::frequency).match(incoming, r -> goldenCleaned);
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

    @Override
    public void prepareGolden(Map<UUID, Map<String, Object>> golden) {
        cleaned.makeRoomForGolden(golden.size());
        Parallel.map(new ArrayList<>(golden.entrySet()), e -> golden(e.getKey(), e.getValue()));
    }

    private static Explanation explanation(Link link) {
        return new Explanation(UUID.fromString(link.b().id()), link.decision(), link.score());
    }

    private MatchRecord golden(UUID id, Map<String, Object> record) {
        return cleaned.golden(id, record, () -> strings(record), v -> model.preparer().prepare(id.toString(), GOLDEN, v));
    }

    /** The record cleaned, with its keys: asked for its keys, then its term keys, then decided, it is cleaned once. */
    private PreparedRecords.Incoming incoming(Map<String, Object> record) {
        return cleaned.incoming(record, () -> strings(record), v -> model.preparer().prepare(INCOMING, INCOMING, v), model::keys);
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
