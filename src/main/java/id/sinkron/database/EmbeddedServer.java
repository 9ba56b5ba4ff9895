package id.sinkron.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL 17 started from the zonky binaries; its data directory is kept between starts. */
final class EmbeddedServer implements DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * zonky tunes its server for throw-away test databases (fsync off). This one keeps real data between
     * starts, so it gets PostgreSQL's durable defaults back; {@code settings} come on top. A person batch takes
     * an advisory lock per record, NIK and blocking key (some ten a record), so the lock table is made large
     * enough for batches of thousands (the default, 64 a connection, fails a batch of ~700 with "out of shared memory").
     */
    private static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "max_connections", "100",
            "max_locks_per_transaction", "1024",
            "listen_addresses", "127.0.0.1");

    static EmbeddedServer start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    static EmbeddedServer start(Path dataDir, int port, Map<String, String> settings) {
        try {
            Path dir = dataDir.toAbsolutePath();
            Files.createDirectories(dir.getParent());
            log.info("Starting embedded PostgreSQL in {} (set SINKRON_DB_URL to use a server of your own)", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60));
            Map<String, String> config = new TreeMap<>(DURABLE);
            config.putAll(settings);
            config.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            EmbeddedServer server = new EmbeddedServer(postgres);
            log.info("Embedded PostgreSQL is up: {}", server.jdbcUrl());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
