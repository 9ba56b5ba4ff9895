package id.sinkron.match;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a {@link Linker} decided for one incoming record.
 *
 * @param kind link to an existing person, start a new one, or start a new one and ask a data steward
 * @param personId the person to link to; null for {@link Kind#NEW} and {@link Kind#REVIEW}
 * @param rule the name of the rule that decided, kept with the link for auditors (e.g. {@code exact-nik})
 * @param score the rule's score, 1.0 for deterministic rules, the match weight for {@code probabilistic}; null
 *     for a {@link Kind#NEW} that had no candidate worth keeping
 * @param explanation why, comparison by comparison; null for deterministic rules. For {@link Kind#REVIEW} its
 *     candidate is the person a steward compares the new one with
 * @param alsoLinked for {@link Kind#LINK}: the other existing persons the record links to as strongly (each at
 *     or above the link threshold), strongest first; the store merges them into {@code personId} or queues them
 *     for review
 */
public record LinkDecision(Kind kind, UUID personId, String rule, Double score, Explanation explanation, List<AlsoLinked> alsoLinked) {

    /** The possible decisions. */
    public enum Kind {
        /** The record is the same person as {@code personId}. */
        LINK,
        /**
         * The best candidate is in the review band: the record starts a new person, and a data steward decides
         * whether it is the candidate of the explanation.
         */
        REVIEW,
        /** No existing person matches: the record starts a new person. */
        NEW
    }

    /**
     * Another person the record links to besides {@code personId}.
     *
     * @param explanation the record scored against that person ({@link Decision#LINK})
     * @param hardNegative the hard negative that keeps that person apart from the persons the record links to
     *     (their golden records meet it), or null when nothing in the model keeps them apart
     */
    public record AlsoLinked(Explanation explanation, String hardNegative) {

        public AlsoLinked {
            Objects.requireNonNull(explanation, "explanation");
        }

        public UUID person() {
            return explanation.candidate();
        }
    }

    public LinkDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        alsoLinked = alsoLinked == null ? List.of() : List.copyOf(alsoLinked);
        if (kind == Kind.LINK && personId == null) {
            throw new IllegalArgumentException("a link needs a person id");
        }
        if (kind == Kind.REVIEW && explanation == null) {
            throw new IllegalArgumentException("a review needs the candidate's explanation");
        }
        if (kind != Kind.LINK && !alsoLinked.isEmpty()) {
            throw new IllegalArgumentException("only a link links other persons");
        }
    }

    public LinkDecision(Kind kind, UUID personId, String rule, Double score, Explanation explanation) {
        this(kind, personId, rule, score, explanation, List.of());
    }

    public static LinkDecision link(UUID personId, String rule, double score) {
        return new LinkDecision(Kind.LINK, personId, rule, score, null);
    }

    public static LinkDecision newPerson(String rule) {
        return new LinkDecision(Kind.NEW, null, rule, null, null);
    }
}
