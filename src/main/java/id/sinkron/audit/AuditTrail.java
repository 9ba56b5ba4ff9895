package id.sinkron.audit;

import id.sinkron.audit.AuditChain.Link;
import id.sinkron.security.AccessEntry;
import id.sinkron.security.AccessRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Appends take the row lock of {@code audit_head}, so entries get dense
 * ids in commit order and each chains to the one committed before it. The table refuses updates and deletes
 * (a trigger); {@link #verify} finds what a database administrator changed anyway.
 */
@Repository
public class AuditTrail implements AccessRecords {

    private static final int FETCH_SIZE = 2_000;
    private static final String COLUMNS = """
            id, at, actor, roles, agency, action, method, path, query, person_id, remote, status, outcome, prev_hash, hash
            """;
    private static final String FILTER = """
             where id > ?
               and (?::timestamptz is null or at >= ?::timestamptz) and (?::timestamptz is null or at < ?::timestamptz)
               and (?::text is null or actor = ?) and (?::uuid is null or person_id = ?::uuid)
               and (?::text is null or starts_with(action, ?))
            """;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // a fetch size inside a transaction makes the driver use a cursor instead of loading every row
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** A stored entry as auditors read it. */
    public record StoredEntry(long id, AccessEntry entry, String hash) {}

    /** Which entries to read; every criterion is optional. {@code action} matches as a prefix. */
    public record Query(OffsetDateTime from, OffsetDateTime to, String actor, UUID person, String action) {}

    /** Appends the entry in a transaction of its own and returns its id. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long append(AccessEntry e) {
        Link head = jdbc.queryForObject("select last_id, last_hash from audit_head where id = 1 for update",
                (rs, i) -> new Link(rs.getLong(1), null, null, rs.getString(2)));
        long id = head.id() + 1;
        String hash = AuditChain.hash(head.hash(), id, e);
        jdbc.update("""
                insert into audit_log (id, at, actor, roles, agency, action, method, path, query, person_id, remote, status, outcome, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, Timestamp.from(e.at()), e.actor(), e.roles(), e.agency(), e.action(), e.method(), e.path(), e.query(),
                e.personId(), e.remote(), e.status(), e.outcome().name(), head.hash(), hash);
        jdbc.update("update audit_head set last_id = ?, last_hash = ? where id = 1", id, hash);
        return id;
    }

    @Transactional(readOnly = true)
    public List<StoredEntry> find(Query q, long after, int limit) {
        return jdbc.query("select " + COLUMNS + " from audit_log" + FILTER + " order by id limit ?",
                (rs, i) -> stored(rs), args(q, after, limit));
    }

    /** Every matching entry as CSV, streamed. */
    @Transactional(readOnly = true)
    public void exportCsv(Query q, Writer out) {
        // not closed: the writer belongs to the caller
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                "id", "at", "actor", "roles", "agency", "action", "method", "path", "query", "person_id", "remote", "status", "outcome", "hash").get());
            streaming.query("select " + COLUMNS + " from audit_log" + FILTER + " order by id limit ?", rs -> {
                StoredEntry s = stored(rs);
                AccessEntry e = s.entry();
                try {
                    csv.printRecord(s.id(), e.at(), e.actor(), e.roles(), e.agency(), e.action(), e.method(), e.path(), e.query(),
                            e.personId(), e.remote(), e.status(), e.outcome(), s.hash());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }, args(q, 0, Integer.MAX_VALUE));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the whole log in id order and checks every link of the chain; names the first broken entry. */
    @Transactional(readOnly = true)
    public Verification verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        // the head first: entries appended while the log is read are not expected to be there
        Link head = jdbc.queryForObject("select last_id, last_hash from audit_head where id = 1",
                (rs, i) -> new Link(rs.getLong(1), null, null, rs.getString(2)));
        streaming.query("select " + COLUMNS + " from audit_log where id <= ? order by id",
                rs -> { verifier.accept(link(rs)); }, head.id());
        verifier.end(head.id(), head.hash());
        return verifier.result();
    }

    private static Object[] args(Query q, long after, int limit) {
        return new Object[] {after, q.from(), q.from(), q.to(), q.to(), q.actor(), q.actor(),
            q.person() == null ? null : q.person().toString(), q.person() == null ? null : q.person().toString(), q.action(), q.action(), limit};
    }

    private static AccessEntry entry(ResultSet rs) throws SQLException {
        return new AccessEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("roles"), rs.getString("agency"),
                rs.getString("action"), rs.getString("method"), rs.getString("path"), rs.getString("query"),
                rs.getObject("person_id", UUID.class), rs.getString("remote"), rs.getInt("status"),
                AccessEntry.Outcome.valueOf(rs.getString("outcome")));
    }

    private static StoredEntry stored(ResultSet rs) throws SQLException {
        return new StoredEntry(rs.getLong("id"), entry(rs), rs.getString("hash"));
    }

    private static Link link(ResultSet rs) throws SQLException {
        return new Link(rs.getLong("id"), entry(rs), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
