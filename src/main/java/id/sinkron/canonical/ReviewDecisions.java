package id.sinkron.canonical;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A data steward's decision on a review item: the two persons are one ({@link Decision#MERGE}: the older person
 * survives) or different ({@link Decision#KEEP_APART}: never merged again, neither by a steward nor by ingestion).
 * The item records who decided, when and why; an item is decided once.
 */
@Service
public class ReviewDecisions {

    /** What a steward can decide. */
    public enum Decision {
        /** One person: merged, the older surviving. */
        MERGE,
        /** Two persons: kept apart for good. */
        KEEP_APART
    }

    private final ReviewItems items;
    private final PersonMerges merges;
    private final KeptApart keptApart;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ReviewDecisions(ReviewItems items, PersonMerges merges, KeptApart keptApart, JdbcTemplate jdbc, Clock clock) {
        this.items = items;
        this.merges = merges;
        this.keptApart = keptApart;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Carries out and records the decision; empty when there is no such item.
     *
     * @throws ReviewAlreadyDecided when the item is decided already
     * @throws MergeRefused when the store refuses the merge (the persons are kept apart) or the persons to keep
     *     apart became one meanwhile
     */
    @Transactional
    public Optional<ReviewItems.ReviewItem> decide(long id, Decision decision, String actor, String reason) {
        Optional<ReviewItems.ReviewItem> found = items.lock(id);
        if (found.isEmpty()) {
            return found;
        }
        ReviewItems.ReviewItem item = found.get();
        if (item.status() != ReviewStatus.OPEN) {
            throw new ReviewAlreadyDecided(id, item.status());
        }
        // either may have been merged into a third person since the item was opened: decide about the live ones
        List<UUID> live = liveOlderFirst(item.personId(), item.candidateId());
        if (decision == Decision.MERGE) {
            if (live.size() == 2) {
                merges.merge(live.get(0), live.get(1), actor, reason, null, id);
            }
            items.decide(id, ReviewStatus.MERGED, actor, reason, clock.instant());
        } else {
            if (live.size() < 2) {
                throw new MergeRefused("the two persons of review item " + id + " were merged meanwhile: unmerge a record instead");
            }
            keptApart.keep(live.get(0), live.get(1), actor, reason, id);
            items.decide(id, ReviewStatus.KEPT_APART, actor, reason, clock.instant());
        }
        return items.find(id);
    }

    /** The live persons {@code a} and {@code b} are now, the older first; one when they are one person now. */
    private List<UUID> liveOlderFirst(UUID a, UUID b) {
        return jdbc.queryForList("""
                select p.id from persons p
                 where p.id in (select coalesce(o.merged_into, o.id) from persons o where o.id in (?, ?))
                 order by p.created_at, p.id
                """, UUID.class, a, b);
    }
}
