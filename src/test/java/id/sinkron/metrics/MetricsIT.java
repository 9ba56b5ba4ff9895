package id.sinkron.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Prometheus;
import id.sinkron.support.Records;
import id.sinkron.support.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code /actuator/prometheus} shows after real work. Counters live as long as the application context: deltas. */
class MetricsIT extends IntegrationTest {

    private static final String DINSOS = "Dinas Sosial Kabupaten Blora";

    private Prometheus prometheus() {
        return new Prometheus(api());
    }

    private static Map<String, String> records(String outcome) {
        return Map.of("source", "dinsos-dtks", "trigger", "PUSH", "outcome", outcome);
    }

    @Test
    void aPushCountsItsRecordsByOutcomeAndTimesTheRun() {
        Prometheus prometheus = prometheus();
        String before = prometheus.scrape();
        String body = Records.ndjson(71L, 4, "MET") + "{\"source_record_id\": \"MET-X\", \"nik\": \"12\"}\n";

        Api.Response pushed = api().push("dinsos-dtks", "application/x-ndjson", body);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        api().push("dinsos-dtks", "application/x-ndjson", body);

        String after = prometheus.scrape();
        assertThat(delta(before, after, "sinkron_records_total", records("read"))).isEqualTo(10);
        assertThat(delta(before, after, "sinkron_records_total", records("created"))).isEqualTo(4);
        assertThat(delta(before, after, "sinkron_records_total", records("unchanged"))).isEqualTo(4);
        assertThat(delta(before, after, "sinkron_records_total", records("updated"))).isZero();
        assertThat(delta(before, after, "sinkron_records_total", records("rejected"))).isEqualTo(2);
        Map<String, String> succeeded = Map.of("source", "dinsos-dtks", "trigger", "PUSH", "status", "SUCCEEDED");
        assertThat(delta(before, after, "sinkron_sync_runs_total", succeeded)).isEqualTo(2);
        assertThat(delta(before, after, "sinkron_sync_run_duration_seconds_count", succeeded)).isEqualTo(2);
        assertThat(delta(before, after, "sinkron_sync_run_duration_seconds_sum", succeeded)).isPositive();
    }

    @Test
    void aPausedSubscriptionShowsItsLagAndPosition() {
        Api.Response created = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "%s", "delivery": "WEBHOOK", "endpoint": "http://127.0.0.1:9/nobody"}
                """.formatted(DINSOS));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().at("/subscription/id").asText();
        assertThat(api().post("/api/v1/subscriptions/" + id + "/pause", "application/json", "").status()).isEqualTo(200);

        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(72L, 3, "LAG"));

        Map<String, String> subscription = Map.of("subscription", id, "agency", DINSOS);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String scraped = prometheus().scrape();
            assertThat(Prometheus.value(scraped, "sinkron_subscription_lag", subscription)).isEqualTo(3);
            assertThat(Prometheus.value(scraped, "sinkron_subscription_position", subscription)).isZero();
            assertThat(scraped).contains("sinkron_subscription_lag{agency=\"" + DINSOS + "\",subscription=\"" + id + "\"} 3.0");
        });
    }

    @Test
    void deliveriesAreCountedPerSubscriptionAndPerCamelRoute() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Api.Response created = api().post("/api/v1/subscriptions", "application/json", """
                    {"agency": "%s", "delivery": "WEBHOOK", "endpoint": "%s"}
                    """.formatted(DINSOS, receiver.url()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            receiver.secrets(created.json().get("secret").asText());
            String id = created.json().at("/subscription/id").asText();
            Map<String, String> subscription = Map.of("subscription", id, "agency", DINSOS);
            Map<String, String> route = Map.of("routeId", "subscription-" + id);
            String before = prometheus().scrape();

            api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(73L, 3, "DLV"));

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() >= 3);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String after = prometheus().scrape();
                assertThat(delta(before, after, "sinkron_subscription_delivered_total", subscription)).isEqualTo(3);
                assertThat(delta(before, after, "camel_exchanges_total", route)).isEqualTo(3);
                assertThat(delta(before, after, "camel_exchanges_succeeded_total", route)).isEqualTo(3);
            });
        }
    }

    private static double delta(String before, String after, String name, Map<String, String> labels) {
        return Prometheus.value(after, name, labels) - Prometheus.value(before, name, labels);
    }
}
