package id.sinkron.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a random port, on the {@link TestDatabase}, with the
 * shipped routes and source declarations, and empty drop folders of its own: the demo folder, the file-drop folders
 * ({@link #FILE_DROPS}) and the folders of a real SFTP and FTP server ({@link DropServers}). Every test starts from
 * empty tables. Metrics are exported as in production (Spring Boot's tests would keep them in memory only), so
 * {@code /actuator/prometheus} answers; its counters run on over the tests that share a context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class IntegrationTest {

    protected static final Path DROP_DIR = tempDir();
    /** The folders of the shipped file-drop routes (routes/file-drops.yaml): {@code FILE_DROPS/<source>}. */
    protected static final Path FILE_DROPS = DROP_DIR.resolve("drops");

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        registry.add("sinkron.db.url", db::url);
        registry.add("sinkron.db.username", db::username);
        registry.add("sinkron.db.password", db::password);
        registry.add("sinkron.db.schema", db::schema);
        registry.add("sinkron.demo.dir", DROP_DIR::toString);
        // every test calls as this key unless it says otherwise (Api.as, Api.anonymous)
        registry.add("sinkron.security.bootstrap-key", () -> Api.TEST_KEY);
        registry.add("sinkron.security.bootstrap-roles", () -> "ADMIN,STEWARD,AUDITOR");
        // OIDC bearer tokens from the tests' own issuer are accepted too (OidcIT)
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", OidcIssuer::publicKeyLocation);
        // the shipped file, SFTP and FTP drop routes, on folders and servers of the test's own
        DropServers servers = DropServers.get();
        registry.add("sinkron.drop.dir", FILE_DROPS::toString);
        registry.add("sinkron.drop.work-dir", () -> DROP_DIR.resolve("work").toString());
        registry.add("sinkron.drop.delay", () -> "500");
        registry.add("sinkron.sftp.enabled", () -> "true");
        registry.add("sinkron.sftp.host", () -> "127.0.0.1");
        registry.add("sinkron.sftp.port", servers::sftpPort);
        registry.add("sinkron.sftp.dir", () -> "rsud");
        registry.add("sinkron.sftp.username", () -> DropServers.USER);
        registry.add("sinkron.sftp.password", () -> DropServers.PASSWORD);
        registry.add("sinkron.sftp.strict-host-key-checking", () -> "no");
        registry.add("sinkron.sftp.known-hosts-file", () -> DROP_DIR.resolve("known_hosts").toString());
        registry.add("sinkron.ftp.enabled", () -> "true");
        registry.add("sinkron.ftp.host", () -> "127.0.0.1");
        registry.add("sinkron.ftp.port", servers::ftpPort);
        registry.add("sinkron.ftp.dir", () -> "simpus");
        registry.add("sinkron.ftp.username", () -> DropServers.USER);
        registry.add("sinkron.ftp.password", () -> DropServers.PASSWORD);
        // Apache FtpServer warns on every passive data connection of every poll
        registry.add("logging.level.org.apache.ftpserver", () -> "error");
        // retries in milliseconds, not seconds, so failure paths are tested in reasonable time
        registry.add("sinkron.delivery.first-retry-delay", () -> "20ms");
        registry.add("sinkron.delivery.max-retry-delay", () -> "200ms");
        registry.add("sinkron.delivery.poll-interval", () -> "500ms");
    }

    /**
     * A job the previous test started may still be running on the same database (a match-key rebuild asked for
     * over HTTP runs after the answer). Truncating takes its tables one by one, so PostgreSQL can pick the
     * truncate as a deadlock's victim; it is tried again once the job has moved on.
     */
    @BeforeEach
    protected void emptyTables() {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute("""
                        truncate dead_letters, subscriptions, feed_events, raw_records, service_versions, services, source_records,
                                 person_versions, person_match_keys, persons,
                                 rejections, sync_runs
                        restart identity cascade
                        """);
                break;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == 5) {
                    throw deadlock;
                }
            }
        }
        jdbc.execute("update feed_sequence set last_seq = 0");
    }

    /**
     * Files a test dropped must not outlive it: the next application context would pull them again (its file
     * route remembers nothing) and add records to another test's feed.
     */
    @AfterEach
    void emptyDropFolder() throws IOException {
        emptyFolder(DROP_DIR.resolve("dukcapil"));
        for (Path parent : List.of(FILE_DROPS, DropServers.get().sftpRoot(), DropServers.get().ftpRoot())) {
            if (Files.isDirectory(parent)) {
                try (Stream<Path> folders = Files.list(parent)) {
                    for (Path folder : folders.filter(Files::isDirectory).toList()) {
                        emptyFolder(folder);
                    }
                }
            }
        }
    }

    /** Deletes the files in the folder, leaving its sub-folders (.done, .error) alone. */
    private static void emptyFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    protected Api api() {
        return new Api(port);
    }

    protected long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("sinkron-drop");
            Files.createDirectories(dir.resolve("dukcapil"));
            Files.createFile(dir.resolve("known_hosts"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pushes JSON Lines to a source and checks every record was accepted. */
    protected void pushAccepted(String source, String ndjson) {
        Api.Response response = api().push(source, "application/x-ndjson", ndjson);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/counts/rejected").asInt()).as(response.body()).isZero();
    }

    /** The person a source record (by its id, in any source) is linked to. */
    protected UUID personOfRecord(String sourceRecordId) {
        return jdbc.queryForObject("select person_id from source_records where source_record_id = ?", UUID.class, sourceRecordId);
    }
}
