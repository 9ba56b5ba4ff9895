package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The SQL of {@code match_key_state} (V18) and of the batches a rebuild of {@code person_match_keys} reads. */
@Repository
class MatchKeyBuildSql {

    private static final RowMapper<State> STATE = (rs, n) -> new State(rs.getString(1), rs.getString(2),
            rs.getObject(3, UUID.class), rs.getLong(4), rs.getLong(5),
            rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    MatchKeyBuildSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rules the fingerprint every stored key follows, null when none is certain
     * @param target the fingerprint a rebuild under way writes keys for, null when none runs
     * @param afterId the last person that rebuild has done, in id order
     */
    record State(String rules, String target, UUID afterId, long done, long total, OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {}

    /** A golden person's id and record. */
    record Golden(UUID id, Map<String, Object> record) {}

    State state() {
        return jdbc.queryForObject("select rules, target, after_id, done, total, started_at, finished_at from match_key_state", STATE);
    }

    /** The state, locked until the transaction ends: rebuild steps of several processes take turns. */
    State lockState() {
        return jdbc.queryForObject("""
                select rules, target, after_id, done, total, started_at, finished_at from match_key_state for update
                """, STATE);
    }

    /** Starts a rebuild towards {@code target}; the stored keys stay valid only if they already follow it. */
    void begin(String target) {
        jdbc.update("""
                update match_key_state
                   set rules = case when rules = ? then rules end, target = ?, after_id = null, done = 0,
                       total = (select count(*) from persons where merged_into is null), started_at = now(), finished_at = null
                """, target, target);
    }

    /** The linker keeps no keys any more: whatever is stored goes stale as persons change. */
    void forget() {
        jdbc.update("update match_key_state set rules = null, target = null, after_id = null, finished_at = coalesce(finished_at, now())");
    }

    /** The next {@code limit} persons after {@code afterId} in id order, locked like PersonWriter locks them. */
    List<Golden> lockNext(UUID afterId, int limit) {
        List<Golden> persons = new ArrayList<>(limit);
        jdbc.query("""
                select id, record from persons where id > coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid)
                   and merged_into is null -- a retired person holds no keys (PersonMerges): none to give it
                 order by id limit ? for update
                """, ps -> {
                    ps.setObject(1, afterId);
                    ps.setInt(2, limit);
                }, rs -> {
                    persons.add(new Golden(rs.getObject(1, UUID.class), Jsonb.readMap(rs.getString(2))));
                });
        return persons;
    }

    void advance(UUID afterId, int done) {
        jdbc.update("update match_key_state set after_id = ?, done = done + ?, total = greatest(total, done + ?)", afterId, done, done);
    }

    /** The rebuild is complete: every stored key now follows its target. */
    void finish(int done) {
        jdbc.update("""
                update match_key_state set rules = target, target = null, after_id = null, done = done + ?,
                       total = greatest(total, done + ?), finished_at = now()
                """, done, done);
    }
}
