package id.sinkron.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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

    /**
     * Sized for loading a regency's sources on the machine it runs on, as PostgreSQL's own advice for bulk loads
     * goes. The buffer cache takes an eighth of the memory (128 MB to 2 GB; PostgreSQL's default is 128 MB):
     * a million persons' indexes then stay in it, and the store's share of a batch's time halves. Checkpoints
     * come every 30 minutes or 8 GB of WAL instead of every 5 minutes or 1 GB, so a million-record load does not
     * write each index page it touches again into the WAL after every checkpoint; the price is up to 8 GB of
     * WAL on disk under such a load, and a longer recovery after a crash. Measured with {@code BulkLinkBenchmark}
     * (README "Benchmarks"): 1,000,000 records 1,030 → 1,495 records/s, PostgreSQL's CPU 556 → 334 µs a record.
     */
    static Map<String, String> sized(long memoryBytes) {
        long megabytes = memoryBytes / (1024 * 1024);
        long buffers = Math.max(128, Math.min(2048, megabytes / 8));
        return Map.of(
                "shared_buffers", buffers + "MB",
                "max_wal_size", "8GB",
                "checkpoint_timeout", "30min");
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

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
            config.putAll(sized(totalMemory()));
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
