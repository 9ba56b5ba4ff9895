package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.feed.NewEvent;
import id.sinkron.match.Decision;
import id.sinkron.match.Explanation;
import id.sinkron.match.LinkDecision;
import id.sinkron.match.Score;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a batch does with a record linking several persons: merge, or ask a steward, and why. */
class BatchDecisionsTest {

    private static final UUID BEST = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-7000-8000-000000000002");

    private final List<List<UUID>> merged = new ArrayList<>();
    private final Set<Set<UUID>> keptApart = new HashSet<>();
    private final Map<UUID, String> niks = new HashMap<>();
    private final BatchDecisions decisions = new BatchDecisions(
            new PersonMerges(null, null, null, null, null, null, null, null) {
                @Override
                public MergeOutcome mergeInBatch(UUID surviving, UUID retired, String actor, String reason, long runId) {
                    merged.add(List.of(surviving, retired));
                    return new MergeOutcome(surviving, retired, List.of(new NewEvent("person.merged", "person", surviving, 2, Map.of(), runId)));
                }
            },
            new KeptApart(null, null) {
                @Override
                public boolean isKeptApart(UUID a, UUID b) {
                    return keptApart.contains(Set.of(a, b));
                }
            },
            7, "dinsos-dtks", niks::get);

    private static LinkDecision linking(UUID best, UUID other, String hardNegative) {
        return new LinkDecision(LinkDecision.Kind.LINK, best, "probabilistic", 24.0, explanation(best, 24.0),
                List.of(new LinkDecision.AlsoLinked(explanation(other, 15.0), hardNegative)));
    }

    private static Explanation explanation(UUID candidate, double weight) {
        return new Explanation(candidate, Decision.LINK, new Score(weight, List.of(), null));
    }

    @Test
    void twoStoredPersonsAreMergedIntoTheStrongestLinked() {
        UUID person = decisions.linked("C1", linking(BEST, OTHER, null));

        assertThat(person).isEqualTo(BEST);
        assertThat(merged).containsExactly(List.of(BEST, OTHER));
        assertThat(decisions.resolve(OTHER)).isEqualTo(BEST);
        assertThat(decisions.mergeEvents()).extracting(NewEvent::type).containsExactly("person.merged");
        assertThat(decisions.reviews()).isEmpty();
    }

    @Test
    void aPersonThisBatchStartedIsRetiredIntoTheStoredOneWithoutAStoreMerge() {
        decisions.started(BEST);

        UUID person = decisions.linked("C1", linking(BEST, OTHER, null));

        assertThat(person).isEqualTo(OTHER);
        assertThat(merged).isEmpty();
        assertThat(decisions.resolve(BEST)).isEqualTo(OTHER);
    }

    @Test
    void personsAStewardKeptApartAreNotMergedButAskedAbout() {
        keptApart.add(Set.of(BEST, OTHER));

        decisions.linked("C1", linking(BEST, OTHER, null));

        assertThat(merged).isEmpty();
        assertThat(decisions.reviews()).extracting(ReviewItems.NewItem::reason).containsExactly(ReviewReason.KEPT_APART);
    }

    @Test
    void personsHoldingDifferentNiksAreNotMergedButAskedAbout() {
        niks.put(BEST, "3316094509870001");
        niks.put(OTHER, "3316094509870457");

        decisions.linked("C1", linking(BEST, OTHER, null));

        assertThat(merged).isEmpty();
        ReviewItems.NewItem item = decisions.reviews().get(0);
        assertThat(item.reason()).isEqualTo(ReviewReason.CONFLICTING_NIKS);
        assertThat(List.of(item.person(), item.candidate())).containsExactly(BEST, OTHER);
        assertThat(item.score()).isEqualTo(15.0);
    }

    @Test
    void personsOneOfWhichHasNoNikAreMerged() {
        niks.put(BEST, "3316094509870001");

        decisions.linked("C1", linking(BEST, OTHER, null));

        assertThat(merged).containsExactly(List.of(BEST, OTHER));
    }

    @Test
    void personsAHardNegativeKeepsApartAreNotMergedButAskedAbout() {
        decisions.linked("X1", linking(BEST, OTHER, "twins"));

        assertThat(merged).isEmpty();
        assertThat(decisions.reviews()).extracting(ReviewItems.NewItem::reason).containsExactly(ReviewReason.MULTIPLE_PERSONS);
    }

    @Test
    void aReviewWithAPersonMergedLaterInTheBatchNamesTheSurvivor() {
        UUID started = UUID.fromString("00000000-0000-7000-8000-000000000003");
        decisions.started(started);
        decisions.review(started, "R1", new LinkDecision(LinkDecision.Kind.REVIEW, null, "probabilistic", 5.3,
                new Explanation(OTHER, Decision.REVIEW, new Score(5.3, List.of(), null))));

        decisions.linked("C1", linking(BEST, OTHER, null));

        assertThat(decisions.reviews()).extracting(ReviewItems.NewItem::candidate).containsExactly(BEST);
    }
}
