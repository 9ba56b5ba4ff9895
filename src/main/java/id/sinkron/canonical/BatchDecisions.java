package id.sinkron.canonical;

import id.sinkron.feed.NewEvent;
import id.sinkron.match.LinkDecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the linker's decisions of one batch call for besides the links themselves: review items for the review
 * band, and for a record that links several persons, their merge — or a review item when a steward kept them
 * apart ({@link ReviewReason#KEPT_APART}), they hold different NIKs ({@link ReviewReason#CONFLICTING_NIKS}) or a
 * hard negative holds between them ({@link ReviewReason#MULTIPLE_PERSONS}). Stored persons are merged at once
 * (their source records move to the survivor, so the batch reads them there); a person this batch started is
 * not stored yet, so merging it only points its records at the survivor. {@link #resolve} follows those merges.
 */
final class BatchDecisions {

    /** The actor of merges made by ingestion, in {@code person_merges}. */
    static final String ACTOR = "sinkron";

    private final PersonMerges merges;
    private final KeptApart keptApart;
    private final long runId;
    private final String source;
    private final Function<UUID, String> nikBefore;
    private final Map<UUID, UUID> retiredInto = new HashMap<>();
    private final Set<UUID> started = new HashSet<>();
    private final Map<UUID, Set<String>> niks = new HashMap<>();
    private final List<ReviewItems.NewItem> reviews = new ArrayList<>();
    private final List<NewEvent> events = new ArrayList<>();
    private int linked;

    /** @param nikBefore the golden NIK a candidate had when the batch looked it up (null: none) */
    BatchDecisions(PersonMerges merges, KeptApart keptApart, long runId, String source, Function<UUID, String> nikBefore) {
        this.merges = merges;
        this.keptApart = keptApart;
        this.runId = runId;
        this.source = source;
        this.nikBefore = nikBefore;
    }

    /** The live person {@code person} is now: itself, or the person it was merged into during this batch. */
    UUID resolve(UUID person) {
        UUID live = person;
        while (retiredInto.containsKey(live)) {
            live = retiredInto.get(live);
        }
        return live;
    }

    /** A person this batch starts: not stored until the batch is written. */
    void started(UUID person) {
        started.add(person);
    }

    /** The record started {@code person}, and its best candidate is in the review band. */
    void review(UUID person, String sourceRecordId, LinkDecision decision) {
        reviews.add(new ReviewItems.NewItem(ReviewReason.REVIEW_BAND, person, decision.explanation().candidate(), source, sourceRecordId,
                decision.score(), MatchExplanations.json(decision.explanation())));
    }

    /**
     * The record links to the decision's person and possibly others: those are merged into it or queued for
     * review. Answers the person the record belongs to now.
     */
    UUID linked(String sourceRecordId, LinkDecision decision) {
        linked++;
        UUID best = resolve(decision.personId());
        for (LinkDecision.AlsoLinked other : decision.alsoLinked()) {
            UUID person = resolve(other.person());
            if (person.equals(best)) {
                continue;
            }
            ReviewReason refused = refusal(best, person, other);
            if (refused != null) {
                reviews.add(new ReviewItems.NewItem(refused, best, person, source, sourceRecordId,
                        other.explanation().score().weight(), MatchExplanations.json(other.explanation())));
                continue;
            }
            best = merge(best, person, decision.score(), other.explanation().score().weight());
        }
        return best;
    }

    private ReviewReason refusal(UUID best, UUID person, LinkDecision.AlsoLinked other) {
        if (!started.contains(best) && !started.contains(person) && keptApart.isKeptApart(best, person)) {
            return ReviewReason.KEPT_APART;
        }
        Set<String> held = niksOf(best);
        if (niksOf(person).stream().anyMatch(nik -> !held.isEmpty() && !held.contains(nik))) {
            return ReviewReason.CONFLICTING_NIKS;
        }
        return other.hardNegative() != null ? ReviewReason.MULTIPLE_PERSONS : null;
    }

    /** Merges {@code other} into {@code best} (a stored person survives one this batch started); answers the survivor. */
    private UUID merge(UUID best, UUID other, double bestWeight, double otherWeight) {
        UUID surviving = best;
        UUID retired = other;
        if (started.contains(best) && !started.contains(other)) {
            surviving = other;
            retired = best;
        } else if (!started.contains(other)) {
            String reason = String.format(Locale.ROOT, "a record of %s in sync run %d links both persons (match weights %.3f and %.3f)",
                    source, runId, bestWeight, otherWeight);
            events.addAll(merges.mergeInBatch(best, other, ACTOR, reason, runId).events());
        }
        retiredInto.put(retired, surviving);
        niksOf(surviving).addAll(niksOf(retired));
        return surviving;
    }

    /** The NIKs the persons merged into {@code person} during this batch held, its own included. */
    private Set<String> niksOf(UUID person) {
        return niks.computeIfAbsent(person, p -> {
            Set<String> held = new HashSet<>();
            String nik = nikBefore.apply(p);
            if (nik != null) {
                held.add(nik);
            }
            return held;
        });
    }

    /** The review items to open, between the persons as they are once the batch's merges are done. */
    List<ReviewItems.NewItem> reviews() {
        List<ReviewItems.NewItem> resolved = new ArrayList<>(reviews.size());
        for (ReviewItems.NewItem item : reviews) {
            UUID person = resolve(item.person());
            UUID candidate = resolve(item.candidate());
            if (!person.equals(candidate)) {
                resolved.add(new ReviewItems.NewItem(item.reason(), person, candidate, item.source(), item.sourceRecordId(),
                        item.score(), item.explanation()));
            }
        }
        return resolved;
    }

    /** The feed events of the merges made, to append before the batch's own. */
    List<NewEvent> mergeEvents() {
        return events;
    }

    boolean merged() {
        return !retiredInto.isEmpty();
    }

    int linked() {
        return linked;
    }
}
