package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sinkron.support.AgencyTables;
import id.sinkron.support.Api;
import id.sinkron.support.ServiceProcess;
import id.sinkron.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue #4's acceptance test: kills the service (SIGKILL, a separate JVM) in the middle of an incremental pull of
 * 100,000 rows from an agency's PostgreSQL table, starts it again, and checks that every record is stored exactly
 * once, with one person.created event per person and no event twice.
 */
class IncrementalPullCrashIT {

    private static final int ROWS = 100_000;

    @Test
    void killingTheServiceDuringAPullStoresEveryRecordExactlyOnce() throws Exception {
        TestDatabase db = TestDatabase.get();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String schema = "sinkron_pullcrash_" + suffix;
        String agencySchema = "agency_pullcrash_" + suffix;
        db.execute("create schema " + schema);
        db.execute("create schema " + agencySchema);
        String agencyUrl = db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + agencySchema;
        try {
            try (Connection agency = DriverManager.getConnection(agencyUrl, db.username(), db.password())) {
                AgencyTables tables = new AgencyTables(agency);
                tables.create();
                tables.patients(41L, 1, ROWS);
            }
            Path logs = Path.of("target", "pull-crash-it");
            String[] pull = {
                "--sinkron.datasources.simpus.url=" + agencyUrl,
                "--sinkron.datasources.simpus.username=" + db.username(),
                "--sinkron.datasources.simpus.password=" + db.password(),
                "--sinkron.pulls.simpus-dinkes.enabled=true",
                "--sinkron.pulls.simpus-dinkes.period=1000"};
            int port = ServiceProcess.freePort();

            Process first = ServiceProcess.start(db, schema, port, logs.resolve("first.log"), pull);
            try {
                ServiceProcess.awaitUp(new Api(port));
                await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> number(db, "select coalesce(sum(records_read), 0) from " + schema + ".sync_runs") >= 20_000);
            } finally {
                first.destroyForcibly().waitFor(); // killed mid-pull, and never left running behind a failed test
            }
            long storedAtKill = number(db, "select count(*) from " + schema + ".source_records");
            assertThat(storedAtKill).as("killed in the middle of the pull").isBetween(1L, ROWS - 1L);

            Process second = ServiceProcess.start(db, schema, port, logs.resolve("second.log"), pull);
            try {
                ServiceProcess.awaitUp(new Api(port));
                await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofMillis(500))
                        .until(() -> number(db, "select count(*) from " + schema + ".sync_runs where status = 'SUCCEEDED'") >= 1);
            } finally {
                second.destroy();
                second.waitFor();
            }

            String s = schema + ".";
            assertThat(number(db, "select count(*) from " + s + "source_records")).isEqualTo(ROWS);
            assertThat(number(db, "select count(distinct source_record_id) from " + s + "source_records")).isEqualTo(ROWS);
            long persons = number(db, "select count(*) from " + s + "persons");
            assertThat(persons).isGreaterThan(ROWS * 9L / 10);
            // one person.created per person, no event twice, a dense feed
            assertThat(number(db, "select count(*) from " + s + "feed_events where type = 'person.created'")).isEqualTo(persons);
            assertThat(number(db, "select count(distinct entity_id) from " + s + "feed_events where type = 'person.created'")).isEqualTo(persons);
            assertThat(number(db, "select count(*) - count(distinct (entity_id, entity_version)) from " + s + "feed_events")).isZero();
            assertThat(number(db, "select max(seq) from " + s + "feed_events")).isEqualTo(number(db, "select count(*) from " + s + "feed_events"));
            // every row is read once, except those at the watermark of the kill, which the resumed pull reads again
            assertThat(number(db, "select sum(records_read) - " + ROWS + " from " + s + "sync_runs")).isBetween(0L, 500L);

            List<String> runs = strings(db, "select status || ': ' || coalesce(error, '') from " + s + "sync_runs order by id");
            assertThat(runs.get(0)).isEqualTo("FAILED: interrupted: the service stopped during the run");
            assertThat(runs).last().isEqualTo("SUCCEEDED: ");
            assertThat(strings(db, "select value from " + s + "source_watermarks where source = 'simpus-dinkes'"))
                    .containsExactly(AgencyTables.changedAt(ROWS));
        } finally {
            db.execute("drop schema " + schema + " cascade");
            db.execute("drop schema " + agencySchema + " cascade");
        }
    }

    private static long number(TestDatabase db, String sql) throws SQLException {
        return Long.parseLong(strings(db, sql).get(0));
    }

    private static List<String> strings(TestDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
