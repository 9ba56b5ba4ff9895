package id.sinkron.feed;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import id.sinkron.database.CopyRows;
import id.sinkron.database.Jsonb;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed. Appending takes the single {@code feed_sequence} row lock and holds it to commit, so
 * sequence numbers are dense and in commit order: readers page by sequence and never miss a late commit.
 * Writers should append last in their transaction to keep the lock short.
 */
@Repository
public class Feed {

    /** The PostgreSQL NOTIFY channel signalled by every commit that appends events. */
    public static final String CHANNEL = "sinkron_feed";

    private static final TimeBasedEpochGenerator EVENT_IDS = Generators.timeBasedEpochGenerator();

    private static final List<String> COLUMNS = List.of(
            "seq", "event_id", "type", "entity_type", "entity_id", "entity_version", "changed", "run_id", "occurred_at");

    private static final String READ = """
            select seq, event_id, type, entity_type, entity_id, entity_version, changed, run_id, occurred_at
              from feed_events where seq > ? order by seq limit ?
            """;

    private static final String READ_ENTITY = """
            select seq, event_id, type, entity_type, entity_id, entity_version, changed, run_id, occurred_at
              from feed_events where entity_type = ? and seq > ? order by seq limit ?
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Feed(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends events in the caller's transaction, in list order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Long last = jdbc.queryForObject(
                "update feed_sequence set last_seq = last_seq + ? where id = 1 returning last_seq", Long.class, events.size());
        long seq = last - events.size();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>(events.size());
        for (NewEvent e : events) {
            seq++;
            rows.add(new Object[] {
                seq, EVENT_IDS.generate(), e.type(), e.entityType(), e.entityId(), e.entityVersion(),
                Jsonb.write(e.changed()), e.runId(), now
            });
        }
        CopyRows.copy(jdbc, "feed_events", COLUMNS, rows);
        // delivered to listeners when (and only if) the transaction commits: subscribers wake without polling
        jdbc.execute("notify " + CHANNEL);
    }

    /** Up to {@code limit} events with a sequence above {@code after}, in order. */
    public List<FeedEvent> after(long after, int limit) {
        return jdbc.query(READ, Feed::event, after, limit);
    }

    /**
     * Up to {@code limit} events of one entity type ({@code person}, {@code service}) with a sequence above
     * {@code after}, in order. The sequence is shared by all entity types, so one type's pages have gaps; they
     * are still in commit order, so a reader passing the last sequence back misses nothing.
     */
    public List<FeedEvent> after(String entityType, long after, int limit) {
        return jdbc.query(READ_ENTITY, Feed::event, entityType, after, limit);
    }

    private static FeedEvent event(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new FeedEvent(
                rs.getLong("seq"),
                rs.getObject("event_id", UUID.class),
                rs.getString("type"),
                rs.getString("entity_type"),
                rs.getObject("entity_id", UUID.class),
                rs.getInt("entity_version"),
                Jsonb.readMap(rs.getString("changed")),
                (Long) rs.getObject("run_id"),
                rs.getObject("occurred_at", OffsetDateTime.class));
    }

    /** The sequence of the newest committed event, 0 when there is none. */
    public long head() {
        Long head = jdbc.queryForObject("select coalesce(max(seq), 0) from feed_events", Long.class);
        return head == null ? 0 : head;
    }
}
