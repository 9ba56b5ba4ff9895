package id.sinkron.match;

import java.util.Objects;
import java.util.UUID;

/**
 * What a {@link Linker} decided for one incoming record.
 *
 * @param kind link to an existing person, or create a new one
 * @param personId the person to link to; null for {@link Kind#NEW}
 * @param rule the name of the rule that decided, kept with the link for auditors (e.g. {@code exact-nik})
 * @param score the rule's score, 1.0 for deterministic rules, the match weight for {@code probabilistic}; null
 *     for a {@link Kind#NEW} that had no candidate worth keeping
 * @param explanation why, comparison by comparison; null for deterministic rules
 */
public record LinkDecision(Kind kind, UUID personId, String rule, Double score, Explanation explanation) {

    /** The possible decisions. */
    public enum Kind {
        /** The record is the same person as {@code personId}. */
        LINK,
        /** No existing person matches: the record starts a new one. */
        NEW
    }

    public LinkDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        if (kind == Kind.LINK && personId == null) {
            throw new IllegalArgumentException("a link needs a person id");
        }
    }

    public static LinkDecision link(UUID personId, String rule, double score) {
        return new LinkDecision(Kind.LINK, personId, rule, score, null);
    }

    public static LinkDecision newPerson(String rule) {
        return new LinkDecision(Kind.NEW, null, rule, null, null);
    }
}
