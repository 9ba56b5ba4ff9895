package id.sinkron.canonical;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who merged or split a person, why and when: the stewardship log of {@link PersonMerges}. */
@Repository
public class MergeHistory {

    private final JdbcTemplate jdbc;

    public MergeHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What was done. */
    public enum Kind {
        /** {@code retired_id} was merged into {@code surviving_id}. */
        MERGE,
        /** A source record of {@code person_id} was moved out to {@code new_person_id}. */
        UNMERGE
    }

    /**
     * One merge or unmerge. A merge fills {@code survivingId} and {@code retiredId} (and {@code runId} when ingestion
     * merged); an unmerge fills {@code personId}, {@code newPersonId} and the moved record.
     */
    public record Entry(Kind kind, UUID survivingId, UUID retiredId, UUID personId, UUID newPersonId, String source,
            String sourceRecordId, String actor, String reason, Long runId, Long reviewItemId, OffsetDateTime at) {}

    /**
     * The merges and unmerges involving {@code person} on either side, or a person retired into it, oldest first: a
     * survivor's log holds what was done to the persons it absorbed.
     */
    public List<Entry> of(UUID person) {
        return jdbc.query("""
                with involved as (select ?::uuid as id union select id from persons where merged_into = ?)
                select 'MERGE' as kind, surviving_id, retired_id, null::uuid as person_id, null::uuid as new_person_id,
                       null as source, null as source_record_id, actor, reason, run_id, review_item_id, at, id
                  from person_merges where surviving_id in (select id from involved) or retired_id in (select id from involved)
                union all
                select 'UNMERGE', null, null, person_id, new_person_id, source, source_record_id, actor, reason, null, null, at, id
                  from person_unmerges where person_id in (select id from involved) or new_person_id in (select id from involved)
                 order by at, kind, id
                """, (rs, i) -> new Entry(Kind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), (Long) rs.getObject(10), (Long) rs.getObject(11), rs.getObject(12, OffsetDateTime.class)),
                person, person);
    }
}
