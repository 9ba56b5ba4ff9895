package id.sinkron.subscription;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure one subscription is delivered by one worker at a time across every Sinkron instance on the same
 * database, so two instances (or a restarted one whose predecessor is still shutting down) never send the
 * same events twice side by side. The claim is a PostgreSQL session advisory lock held on a connection of its
 * own: if the instance dies, the server ends the session and the claim goes with it.
 */
@Component
class DeliveryClaims {

    private static final Logger log = LoggerFactory.getLogger(DeliveryClaims.class);

    /** The lock key: per schema, since advisory locks span the whole database and ids repeat across schemas. */
    private static final String KEY = "hashtextextended('subscription:' || current_schema() || ':' || ?, 0)";

    private final DataSource dataSource;

    DeliveryClaims(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The claim on a subscription, or empty when another worker, here or elsewhere, holds it. */
    Optional<Claim> tryClaim(long subscriptionId) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(" + KEY + ")")) {
                ps.setLong(1, subscriptionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new Claim(this, connection, subscriptionId));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            log.warn("Subscription {}: could not claim it for delivery: {}", subscriptionId, e.getMessage());
            return Optional.empty();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken; the pool discards it
            }
        }
    }

    private void evict(Connection connection) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            }
        } catch (SQLException ignored) {
            // closing below is all that is left to do
        }
    }

    /** A held claim; closing it lets other workers deliver the subscription. */
    static final class Claim implements AutoCloseable {

        private final DeliveryClaims claims;
        private final Connection connection;
        private final long subscriptionId;

        private Claim(DeliveryClaims claims, Connection connection, long subscriptionId) {
            this.claims = claims;
            this.connection = connection;
            this.subscriptionId = subscriptionId;
        }

        @Override
        public void close() {
            try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(" + KEY + ")")) {
                ps.setLong(1, subscriptionId);
                ps.execute();
            } catch (SQLException e) {
                // a pooled connection must not go back holding the lock: drop it, which ends the session
                claims.evict(connection);
                log.warn("Subscription {}: could not release the delivery claim cleanly: {}", subscriptionId, e.getMessage());
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
