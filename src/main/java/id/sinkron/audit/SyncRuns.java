package id.sinkron.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinkron.canonical.Reason;
import id.sinkron.database.Jsonb;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sync runs and their rejections. Counts are added in the same transaction as the batch they count. */
@Repository
public class SyncRuns {

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, source, trigger, origin, status, started_at, ended_at, records_read, records_created, records_updated,
            records_unchanged, records_rejected, error, expected_total,
            extract(epoch from coalesce(ended_at, clock_timestamp()) - started_at)::float8 as elapsed_seconds
            """;

    private final JdbcTemplate jdbc;

    public SyncRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens a run in its own transaction, so it is visible while it runs. The run records its instance by the
     * connection's {@code application_name}, which is unique per process (see {@link #failInterrupted}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(String source, RunTrigger trigger, String origin) {
        return start(source, trigger, origin, null);
    }

    /** As {@link #start(String, RunTrigger, String)}, with the number of records the source announced (null: unknown). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(String source, RunTrigger trigger, String origin, Long expectedTotal) {
        return jdbc.queryForObject("""
                insert into sync_runs (source, trigger, origin, status, instance, expected_total)
                values (?, ?, ?, 'RUNNING', current_setting('application_name'), ?) returning id
                """, Long.class, source, trigger.name(), origin, expectedTotal);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void add(long runId, RunCounts counts, List<NewRejection> rejections) {
        if (!rejections.isEmpty()) {
            String source = jdbc.queryForObject("select source from sync_runs where id = ?", String.class, runId);
            jdbc.batchUpdate("""
                    insert into rejections (run_id, source, record_no, source_record_id, payload, reasons)
                    values (?, ?, ?, ?, ?, ?::json)
                    """, rejections.stream().map(r -> new Object[] {
                        runId, source, r.recordNo(), r.sourceRecordId(), r.payload(), Jsonb.write(r.reasons())
                    }).toList());
        }
        jdbc.update("""
                update sync_runs set records_read = records_read + ?, records_created = records_created + ?,
                       records_updated = records_updated + ?, records_unchanged = records_unchanged + ?,
                       records_rejected = records_rejected + ?
                 where id = ?
                """, counts.read(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected(), runId);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long runId, RunStatus status, String error) {
        jdbc.update("update sync_runs set status = ?, ended_at = now(), error = ? where id = ?", status.name(), error, runId);
    }

    /**
     * Marks runs left RUNNING by a process that stopped (crash, kill) as failed: those of instances that no longer
     * hold a connection to the database. Runs of instances still connected (others sharing the database) go
     * on undisturbed. Committed batches stay; a re-run completes them without duplicates.
     */
    @Transactional
    public int failInterrupted() {
        return jdbc.update("""
                update sync_runs set status = 'FAILED', ended_at = now(), error = 'interrupted: the service stopped during the run'
                 where status = 'RUNNING'
                   and (instance is null
                        or instance not in (select application_name from pg_stat_activity where application_name is not null))
                """);
    }

    public Optional<SyncRun> find(long id) {
        return jdbc.query("select " + COLUMNS + " from sync_runs where id = ?", SyncRuns::run, id).stream().findFirst();
    }

    /** Newest first; {@code before} is the id to page below (exclusive), {@code source} optional. */
    public List<SyncRun> list(String source, Long before, int limit) {
        return list(source, null, before, limit);
    }

    /** As {@link #list(String, Long, int)}, of one status only when {@code status} is not null. */
    public List<SyncRun> list(String source, RunStatus status, Long before, int limit) {
        String state = status == null ? null : status.name();
        return jdbc.query("select " + COLUMNS + """
                 from sync_runs
                 where (?::text is null or source = ?) and (?::text is null or status = ?) and (?::bigint is null or id < ?)
                 order by id desc limit ?
                """, SyncRuns::run, source, source, state, state, before, before, limit);
    }

    /** In record order; {@code after} is the rejection id to page above (exclusive). */
    public List<Rejection> rejections(long runId, long after, int limit) {
        return jdbc.query("""
                select id, run_id, source, record_no, source_record_id, payload, reasons, rejected_at
                  from rejections where run_id = ? and id > ? order by id limit ?
                """, (rs, i) -> new Rejection(
                        rs.getLong("id"), rs.getLong("run_id"), rs.getString("source"), rs.getInt("record_no"),
                        rs.getString("source_record_id"), rs.getString("payload"),
                        Jsonb.read(rs.getString("reasons"), REASONS), rs.getObject("rejected_at", OffsetDateTime.class)),
                runId, after, limit);
    }

    private static SyncRun run(ResultSet rs, int row) throws SQLException {
        RunStatus status = RunStatus.valueOf(rs.getString("status"));
        int read = rs.getInt("records_read");
        Long expected = rs.getObject("expected_total", Long.class);
        return new SyncRun(
                rs.getLong("id"),
                rs.getString("source"),
                RunTrigger.valueOf(rs.getString("trigger")),
                rs.getString("origin"),
                status,
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class),
                new RunCounts(read, rs.getInt("records_created"), rs.getInt("records_updated"),
                        rs.getInt("records_unchanged"), rs.getInt("records_rejected")),
                rs.getString("error"),
                RunProgress.of(status, read, expected, rs.getDouble("elapsed_seconds")));
    }
}
