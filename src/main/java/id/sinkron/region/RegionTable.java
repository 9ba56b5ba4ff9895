package id.sinkron.region;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code regions} table: filled from the shipped file with {@code COPY} when it is empty or holds another
 * edition (by SHA-256). Instances starting together on one database take turns (a transaction advisory lock),
 * so the second finds the table loaded.
 */
final class RegionTable {

    private static final Logger log = LoggerFactory.getLogger(RegionTable.class);
    private static final String TABLE = "regions";

    private final DataSource dataSource;

    RegionTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads {@code file} unless the table already holds exactly its edition; true when it loaded. */
    boolean ensureLoaded(RegionFile file) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                boolean loaded = load(connection, file);
                connection.commit();
                if (loaded) {
                    log.info("Loaded {} Kemendagri region codes into table {} in {} ms (sha256 {})", file.rows().size(), TABLE,
                            (System.nanoTime() - start) / 1_000_000, file.sha256());
                } else {
                    log.info("Table {} already holds the {} shipped region codes (sha256 {})", TABLE, file.rows().size(), file.sha256());
                }
                return loaded;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not load the region codes into table " + TABLE + ": " + e.getMessage(), e);
        }
    }

    private static boolean load(Connection connection, RegionFile file) throws SQLException, IOException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_xact_lock(hashtextextended('reference_data:' || current_schema() || ':" + TABLE + "', 0))");
        }
        if (file.sha256().equals(loadedSha256(connection)) && count(connection) == file.rows().size()) {
            return false;
        }
        try (Statement truncate = connection.createStatement()) {
            truncate.execute("truncate " + TABLE);
        }
        long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + TABLE + " (code, name, level, parent) from stdin (format csv)", new StringReader(csv(file)));
        if (copied != file.rows().size()) {
            throw new IllegalStateException("copied " + copied + " region rows of " + file.rows().size());
        }
        try (PreparedStatement record = connection.prepareStatement("""
                insert into reference_data (name, sha256, row_count, loaded_at) values (?, ?, ?, now())
                on conflict (name) do update set sha256 = excluded.sha256, row_count = excluded.row_count, loaded_at = excluded.loaded_at
                """)) {
            record.setString(1, TABLE);
            record.setString(2, file.sha256());
            record.setInt(3, file.rows().size());
            record.executeUpdate();
        }
        return true;
    }

    private static String loadedSha256(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select sha256 from reference_data where name = ?")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + TABLE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** CSV for COPY: names quoted (they hold commas and apostrophes), a missing parent unquoted empty, i.e. null. */
    private static String csv(RegionFile file) {
        StringBuilder out = new StringBuilder(file.rows().size() * 40);
        for (Region region : file.rows()) {
            out.append(region.code()).append(",\"").append(region.name().replace("\"", "\"\"")).append("\",")
                    .append(region.level().number()).append(',')
                    .append(region.parent() == null ? "" : region.parent()).append('\n');
        }
        return out.toString();
    }
}
