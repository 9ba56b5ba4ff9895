package id.sinkron.subscription;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Stored subscriptions, their delivery position and dead letters. Values are validated by {@link SubscriptionService}. */
@Repository
public class Subscriptions {

    private static final String COLUMNS = """
            s.id, s.agency, s.name, s.entity_types, s.event_types, s.region_prefix, s.fields, s.own_sources, s.delivery,
            s.endpoint, s.max_attempts, s.on_dead_letter, s.status, s.position, s.last_error, s.last_error_at,
            s.last_delivered_at, s.created_at,
            greatest((select coalesce(max(seq), 0) from feed_events) - s.position, 0) as lag,
            (select count(*) from dead_letters d where d.subscription_id = s.id) as dead_letters
            """;

    private final JdbcTemplate jdbc;

    public Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewSubscription s, String secret, long position) {
        return jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into subscriptions (agency, name, entity_types, event_types, region_prefix, fields, own_sources,
                        delivery, endpoint, secret, max_attempts, on_dead_letter, status, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) returning id
                    """);
            ps.setString(1, s.agency());
            ps.setString(2, s.name());
            ps.setArray(3, texts(ps, s.entityTypes()));
            ps.setArray(4, s.eventTypes().isEmpty() ? null : texts(ps, s.eventTypes()));
            ps.setString(5, s.regionPrefix());
            ps.setArray(6, s.fields().isEmpty() ? null : texts(ps, s.fields()));
            ps.setArray(7, texts(ps, s.ownSources()));
            ps.setString(8, s.delivery().name());
            ps.setString(9, s.endpoint());
            ps.setString(10, secret);
            ps.setInt(11, s.maxAttempts());
            ps.setString(12, s.onDeadLetter().name());
            ps.setLong(13, position);
            return ps;
        }, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    public Optional<Subscription> find(long id) {
        return jdbc.query("select " + COLUMNS + " from subscriptions s where s.id = ?", Subscriptions::row, id).stream().findFirst();
    }

    public List<Subscription> list(String agency) {
        return jdbc.query("select " + COLUMNS + " from subscriptions s where (?::text is null or s.agency = ?) order by s.id",
                Subscriptions::row, agency, agency);
    }

    /** Push subscriptions that are active and behind the feed: the dispatcher's work list. */
    List<Subscription> due() {
        return jdbc.query("select " + COLUMNS + """
                 from subscriptions s
                 where s.status = 'ACTIVE' and s.delivery <> 'PULL'
                   and s.position < (select coalesce(max(seq), 0) from feed_events)
                 order by s.id
                """, Subscriptions::row);
    }

    SigningSecrets secrets(long id) {
        return jdbc.queryForObject("select secret, previous_secret from subscriptions where id = ?",
                (rs, i) -> new SigningSecrets(rs.getString(1), rs.getString(2)), id);
    }

    void rotate(long id, String secret) {
        jdbc.update("update subscriptions set previous_secret = secret, secret = ?, updated_at = now() where id = ?", secret, id);
    }

    void endRotation(long id) {
        jdbc.update("update subscriptions set previous_secret = null, updated_at = now() where id = ?", id);
    }

    boolean setStatus(long id, SubscriptionStatus status) {
        return jdbc.update("update subscriptions set status = ?, updated_at = now() where id = ?", status.name(), id) == 1;
    }

    /**
     * Moves the position from {@code expectedPosition} to {@code seq}; does nothing when the position moved
     * meanwhile (a replay), so a replay is never undone by a delivery that was under way.
     */
    void advance(long id, long expectedPosition, long seq, boolean delivered) {
        if (seq == expectedPosition) {
            return;
        }
        jdbc.update("""
                update subscriptions set position = ?, last_delivered_at = case when ? then now() else last_delivered_at end
                 where id = ? and position = ?
                """, seq, delivered, id, expectedPosition);
    }

    void replay(long id, long fromSeq) {
        jdbc.update("update subscriptions set position = ?, status = 'ACTIVE', updated_at = now() where id = ?", Math.max(0, fromSeq - 1), id);
    }

    void recordError(long id, String error) {
        jdbc.update("update subscriptions set last_error = ?, last_error_at = now() where id = ?", error, id);
    }

    void deadLetter(long id, long seq, java.util.UUID eventId, int attempts, String error, String event) {
        jdbc.update("insert into dead_letters (subscription_id, seq, event_id, attempts, error, event) values (?, ?, ?, ?, ?, ?::json)",
                id, seq, eventId, attempts, error, event);
    }

    boolean delete(long id) {
        return jdbc.update("delete from subscriptions where id = ?", id) == 1;
    }

    /** A dead letter as the API shows it. */
    public record DeadLetter(long id, long seq, java.util.UUID eventId, int attempts, String error, String event, OffsetDateTime deadAt) {}

    public List<DeadLetter> deadLetters(long subscriptionId, long after, int limit) {
        return jdbc.query("""
                select id, seq, event_id, attempts, error, event, dead_at from dead_letters
                 where subscription_id = ? and id > ? order by id limit ?
                """, (rs, i) -> new DeadLetter(rs.getLong(1), rs.getLong(2), rs.getObject(3, java.util.UUID.class), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)), subscriptionId, after, limit);
    }

    private static Array texts(PreparedStatement ps, Collection<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray());
    }

    private static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Subscription row(ResultSet rs, int i) throws SQLException {
        return new Subscription(
                rs.getLong("id"), rs.getString("agency"), rs.getString("name"),
                list(rs, "entity_types"), list(rs, "event_types"), rs.getString("region_prefix"), list(rs, "fields"),
                list(rs, "own_sources"), Delivery.valueOf(rs.getString("delivery")), rs.getString("endpoint"),
                rs.getInt("max_attempts"), OnDeadLetter.valueOf(rs.getString("on_dead_letter")),
                SubscriptionStatus.valueOf(rs.getString("status")), rs.getLong("position"), rs.getLong("lag"), rs.getLong("dead_letters"),
                rs.getString("last_error"), rs.getObject("last_error_at", OffsetDateTime.class),
                rs.getObject("last_delivered_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}
