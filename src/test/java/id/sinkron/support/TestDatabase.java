package id.sinkron.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The real PostgreSQL the integration tests run on, chosen once per test JVM: {@code SINKRON_TEST_DB_URL}
 * (with {@code SINKRON_TEST_DB_USER}/{@code SINKRON_TEST_DB_PASSWORD}) when set, else Testcontainers when a
 * Docker engine answers, else an embedded PostgreSQL 17 in a temporary directory. Each JVM gets its own fresh
 * schema, dropped at exit, so runs on a shared server never see each other's rows.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;
    private final String schema;
    private final String kind;

    private TestDatabase(String url, String username, String password, String kind) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.kind = kind;
        this.schema = "sinkron_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = choose();
            instance.createSchema();
            log.info("Integration tests use {} at {} (schema {})", instance.kind, instance.url, instance.schema);
        }
        return instance;
    }

    private static TestDatabase choose() {
        String url = System.getenv("SINKRON_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url, env("SINKRON_TEST_DB_USER", "postgres"), env("SINKRON_TEST_DB_PASSWORD", ""), "SINKRON_TEST_DB_URL");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            Path dir = Files.createTempDirectory("sinkron-it-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting; the temporary directory goes with the machine
                }
            }));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("no test database: SINKRON_TEST_DB_URL unset, no Docker, and embedded PostgreSQL failed", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void createSchema() {
        execute("create schema " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute("drop schema if exists " + schema + " cascade");
            } catch (RuntimeException e) {
                // an embedded server may already be gone
            }
        }));
    }

    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, username, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database statement failed: " + sql, e);
        }
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String schema() {
        return schema;
    }
}
