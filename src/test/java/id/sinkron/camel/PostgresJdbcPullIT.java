package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sinkron.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The JDBC routes reading PostgreSQL tables: a schema of its own in the test database stands for the agency's. */
class PostgresJdbcPullIT extends JdbcPullTest {

    private static final String SCHEMA = "agency_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void agencyDatabase(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        db.execute("create schema if not exists " + SCHEMA);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> db.execute("drop schema if exists " + SCHEMA + " cascade")));
        for (String name : new String[] {"simpus", "rsud"}) {
            registry.add("sinkron.datasources." + name + ".url", PostgresJdbcPullIT::url);
            registry.add("sinkron.datasources." + name + ".username", db::username);
            registry.add("sinkron.datasources." + name + ".password", db::password);
        }
    }

    @Autowired
    CamelContext context;

    /** The poll route retries the whole pull with backoff (2 s, 4 s, 8 s), then records the failure as a run. */
    @Test
    void aPullThatKeepsFailingIsRetriedThenRecordedAsAFailedRunWithItsReason() throws Exception {
        try (Connection c = agencyConnection(); Statement s = c.createStatement()) {
            s.execute("drop table pasien");
        }
        context.getRouteController().startRoute("simpus-dinkes-poll");
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> count("sync_runs") > 0);
        } finally {
            context.getRouteController().stopRoute("simpus-dinkes-poll");
        }

        var run = jdbc.queryForMap("select source, status, error from sync_runs");
        assertThat(run.get("source")).isEqualTo("simpus-dinkes");
        assertThat(run.get("status")).isEqualTo("FAILED");
        assertThat((String) run.get("error")).contains("relation \"pasien\" does not exist");
        assertThat(count("sync_runs")).as("the attempts before giving up are one pull, one run").isEqualTo(1);
    }

    static String url() {
        String url = TestDatabase.get().url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @Override
    Connection agencyConnection() throws SQLException {
        TestDatabase db = TestDatabase.get();
        return DriverManager.getConnection(url(), db.username(), db.password());
    }
}
