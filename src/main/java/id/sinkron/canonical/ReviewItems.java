package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The review queue ({@code review_items}): pairs of persons a data steward is asked about. At most one item is
 * open per unordered pair, and a pair a steward kept apart gets at most one {@link ReviewReason#KEPT_APART} item
 * ever, so re-running a load never floods the queue.
 */
@Repository
public class ReviewItems {

    private final JdbcTemplate jdbc;

    public ReviewItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A review item.
     *
     * @param personId the person the incoming record belongs to now
     * @param candidateId the other person
     * @param score the record's match weight against the candidate
     * @param explanation the record scored against the candidate, as in {@code /persons/{id}/links}
     */
    public record ReviewItem(long id, ReviewStatus status, ReviewReason reason, UUID personId, UUID candidateId, String source,
            String sourceRecordId, Double score, Map<String, Object> explanation, Long runId, OffsetDateTime createdAt,
            String decidedBy, OffsetDateTime decidedAt, String decisionReason) {}

    /** What to list; null members do not filter. */
    public record Filter(ReviewStatus status, ReviewReason reason, String source, Double minScore, Double maxScore) {}

    /** An item to open, as ingestion finds it. */
    record NewItem(ReviewReason reason, UUID person, UUID candidate, String source, String sourceRecordId, Double score,
            String explanation) {}

    /** Opens the items not already open for their pair; answers how many were opened, by reason. */
    Map<ReviewReason, Integer> open(List<NewItem> items, long runId, Instant at) {
        Map<ReviewReason, Integer> opened = new EnumMap<>(ReviewReason.class);
        if (items.isEmpty()) {
            return opened;
        }
        Timestamp time = Timestamp.from(at);
        // one statement per item: few per batch, and each answers whether it opened one
        for (NewItem item : items) {
            int count = jdbc.update("""
                    insert into review_items (status, reason, person_id, candidate_id, source, source_record_id, score, explanation,
                                              run_id, created_at)
                    select 'OPEN', ?::text, ?::uuid, ?::uuid, ?::text, ?::text, ?::float8, ?::jsonb, ?::bigint, ?::timestamptz
                     where not (?::text = 'KEPT_APART' and exists (
                           select 1 from review_items r
                            where r.reason = 'KEPT_APART'
                              and least(r.person_id, r.candidate_id) = least(?::uuid, ?::uuid)
                              and greatest(r.person_id, r.candidate_id) = greatest(?::uuid, ?::uuid)))
                    on conflict (least(person_id, candidate_id), greatest(person_id, candidate_id)) where status = 'OPEN' do nothing
                    """, item.reason().name(), item.person(), item.candidate(), item.source(), item.sourceRecordId(), item.score(),
                    item.explanation(), runId, time, item.reason().name(), item.person(), item.candidate(), item.person(), item.candidate());
            if (count > 0) {
                opened.merge(item.reason(), count, Integer::sum);
            }
        }
        return opened;
    }

    /** A page of items in id order (the order they were opened), after the id {@code after}. */
    public List<ReviewItem> list(Filter filter, long after, int limit) {
        return jdbc.query("""
                select * from review_items
                 where id > ?
                   and (?::text is null or status = ?::text)
                   and (?::text is null or reason = ?::text)
                   and (?::text is null or source = ?::text)
                   and (?::float8 is null or score >= ?::float8)
                   and (?::float8 is null or score <= ?::float8)
                 order by id limit ?
                """, (rs, i) -> item(rs), after,
                name(filter.status()), name(filter.status()), name(filter.reason()), name(filter.reason()),
                filter.source(), filter.source(), filter.minScore(), filter.minScore(), filter.maxScore(), filter.maxScore(), limit);
    }

    public Optional<ReviewItem> find(long id) {
        return jdbc.query("select * from review_items where id = ?", (rs, i) -> item(rs), id).stream().findFirst();
    }

    /** The item, locked until the end of the caller's transaction so that two decisions cannot both pass. */
    Optional<ReviewItem> lock(long id) {
        return jdbc.query("select * from review_items where id = ? for update", (rs, i) -> item(rs), id).stream().findFirst();
    }

    /** Records a steward's decision on an open item. */
    void decide(long id, ReviewStatus status, String actor, String reason, Instant at) {
        jdbc.update("""
                update review_items set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ? and status = 'OPEN'
                """, status.name(), actor, Timestamp.from(at), reason, id);
    }

    /** Items waiting for a steward. */
    public long openCount() {
        return jdbc.queryForObject("select count(*) from review_items where status = 'OPEN'", Long.class);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static ReviewItem item(ResultSet rs) throws SQLException {
        String explanation = rs.getString("explanation");
        return new ReviewItem(rs.getLong("id"), ReviewStatus.valueOf(rs.getString("status")), ReviewReason.valueOf(rs.getString("reason")),
                rs.getObject("person_id", UUID.class), rs.getObject("candidate_id", UUID.class), rs.getString("source"),
                rs.getString("source_record_id"), (Double) rs.getObject("score"),
                explanation == null ? null : Jsonb.readMap(explanation), (Long) rs.getObject("run_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_reason"));
    }
}
