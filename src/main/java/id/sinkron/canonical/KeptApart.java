package id.sinkron.canonical;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs of persons a steward declared different (or that an unmerge split): they are never merged again, neither
 * by a steward nor by ingestion. A pair is unordered; it is stored once, the lower id (PostgreSQL's uuid order)
 * first. Merging a person carries its pairs over to the surviving person.
 */
@Repository
public class KeptApart {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public KeptApart(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps {@code a} and {@code b} apart from now on; keeping a pair apart again changes nothing. */
    @Transactional
    public void keep(UUID a, UUID b, String actor, String reason, Long reviewItemId) {
        if (a.equals(b)) {
            throw new MergeRefused("a person cannot be kept apart from itself");
        }
        jdbc.update("""
                insert into person_kept_apart (person_a, person_b, actor, reason, review_item_id, at)
                values (least(?::uuid, ?::uuid), greatest(?::uuid, ?::uuid), ?, ?, ?, ?)
                on conflict (person_a, person_b) do nothing
                """, a, b, a, b, actor, reason, reviewItemId, Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean isKeptApart(UUID a, UUID b) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from person_kept_apart
                                where person_a = least(?::uuid, ?::uuid) and person_b = greatest(?::uuid, ?::uuid))
                """, Boolean.class, a, b, a, b));
    }

    /** Every person kept apart from {@code person}. */
    @Transactional(readOnly = true)
    public Set<UUID> keptApartFrom(UUID person) {
        return new LinkedHashSet<>(jdbc.queryForList("""
                select person_b from person_kept_apart where person_a = ?
                union
                select person_a from person_kept_apart where person_b = ?
                """, UUID.class, person, person));
    }

    /** The pairs of {@code retired} become pairs of {@code surviving}: who was kept apart from one stays apart from both. */
    void carryOver(UUID retired, UUID surviving) {
        jdbc.update("""
                insert into person_kept_apart (person_a, person_b, actor, reason, review_item_id, at)
                select least(?::uuid, other), greatest(?::uuid, other), actor, reason, review_item_id, at
                  from (select case when person_a = ? then person_b else person_a end as other, actor, reason, review_item_id, at
                          from person_kept_apart where ? in (person_a, person_b)) as pairs
                 where other <> ?
                on conflict (person_a, person_b) do nothing
                """, surviving, surviving, retired, retired, surviving);
        jdbc.update("delete from person_kept_apart where ? in (person_a, person_b)", retired);
    }
}
