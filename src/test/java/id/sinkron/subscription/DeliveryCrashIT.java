package id.sinkron.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.Records;
import id.sinkron.support.TestDatabase;
import id.sinkron.support.WebhookReceiver;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Kills the service (SIGKILL, a separate JVM) in the middle of delivering to a webhook, starts it again, and
 * checks that the receiver ends with every event, duplicates carrying the same event id, in feed order.
 */
class DeliveryCrashIT {

    @Test
    void killingTheServiceDuringDeliveryLosesNothing() throws Exception {
        TestDatabase db = TestDatabase.get();
        String schema = "sinkron_crash_" + UUID.randomUUID().toString().substring(0, 8);
        db.execute("create schema " + schema);
        Path logs = Files.createDirectories(Path.of("target", "crash-it"));
        try (WebhookReceiver receiver = new WebhookReceiver().delay(10)) {
            int port = freePort();
            Process first = start(db, schema, port, logs.resolve("first.log"));
            Api api = new Api(port);
            try {
                awaitUp(api);
                JsonNode created = api.post("/api/v1/subscriptions", "application/json", """
                        {"agency": "Dinas Sosial Kabupaten Blora", "delivery": "WEBHOOK", "endpoint": "%s"}
                        """.formatted(receiver.url())).json();
                receiver.secrets(created.get("secret").asText());
                assertThat(api.push("dinsos-dtks", "application/x-ndjson", Records.ndjson(31L, 300, "DTKS")).status()).isEqualTo(200);

                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.accepted().size() >= 60);
            } catch (Throwable failed) {
                first.destroyForcibly().waitFor(); // never leave a service running behind a failed test
                throw failed;
            }
            first.destroyForcibly().waitFor();
            int beforeKill = receiver.accepted().size();
            assertThat(beforeKill).as("killed in the middle of delivery").isLessThan(300);

            Process second = start(db, schema, port, logs.resolve("second.log"));
            try {
                await().atMost(Duration.ofSeconds(120)).until(() -> distinctIds(receiver).size() == 300);
            } finally {
                second.destroy();
                second.waitFor();
            }

            Set<String> feedIds = new HashSet<>();
            try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                    ResultSet rs = c.createStatement().executeQuery("select event_id from " + schema + ".feed_events")) {
                while (rs.next()) {
                    feedIds.add(rs.getString(1));
                }
            }
            assertThat(distinctIds(receiver)).isEqualTo(feedIds);
            List<Long> seqs = receiver.accepted().stream().map(e -> e.get("sinkronseq").asLong()).toList();
            // in order, except the one step back where the restarted service repeats what was in flight
            int rewinds = 0;
            for (int i = 1; i < seqs.size(); i++) {
                if (seqs.get(i) <= seqs.get(i - 1)) {
                    rewinds++;
                    assertThat(seqs.get(i)).isGreaterThan(seqs.get(i - 1) - 5);
                }
            }
            assertThat(rewinds).isLessThanOrEqualTo(1);
        } finally {
            db.execute("drop schema " + schema + " cascade");
        }
    }

    private static Set<String> distinctIds(WebhookReceiver receiver) {
        Set<String> ids = new HashSet<>();
        receiver.accepted().forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static Process start(TestDatabase db, String schema, int port, Path log) throws IOException {
        Path drop = Files.createTempDirectory("sinkron-crash-drop");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "id.sinkron.SinkronApplication",
                "--server.port=" + port,
                "--sinkron.db.url=" + db.url(),
                "--sinkron.db.username=" + db.username(),
                "--sinkron.db.password=" + db.password(),
                "--sinkron.db.schema=" + schema,
                "--sinkron.demo.dir=" + drop,
                "--sinkron.security.bootstrap-key=" + Api.TEST_KEY,
                "--sinkron.security.bootstrap-roles=ADMIN,STEWARD,AUDITOR",
                "--sinkron.delivery.poll-interval=500ms"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
    }

    private static void awaitUp(Api api) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> api.get("/actuator/health").status() == 200);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
