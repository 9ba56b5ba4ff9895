package id.sinkron.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.SinkronApplication;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import id.sinkron.support.TestDatabase;
import id.sinkron.support.WebhookReceiver;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class WebhookIT extends IntegrationTest {

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private JsonNode subscribe(String extra) {
        Api.Response created = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas Sosial Kabupaten Blora", "delivery": "WEBHOOK", "endpoint": "%s" %s}
                """.formatted(receiver.url(), extra));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        receiver.secrets(created.json().get("secret").asText());
        return created.json();
    }

    private List<JsonNode> awaitAccepted(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.accepted().size() >= count);
        return receiver.accepted();
    }

    @Test
    void deliversSignedCloudEventsInFeedOrderWithTheAgencysOwnRecordIds() {
        JsonNode created = subscribe("");
        assertThat(created.get("secret").asText()).startsWith("whsec_");
        // every declared source of the agency: the DTKS pushes, its REST API and its service source
        assertThat(created.at("/subscription/own_sources").toString()).isEqualTo("[\"dinsos-api\",\"dinsos-bansos\",\"dinsos-dtks\"]");

        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(5L, 3, "DTKS"));

        List<JsonNode> events = awaitAccepted(3);
        assertThat(events).extracting(e -> e.get("sinkronseq").asLong()).containsExactly(1L, 2L, 3L);
        JsonNode first = events.get(0);
        assertThat(first.get("specversion").asText()).isEqualTo("1.0");
        assertThat(first.get("type").asText()).isEqualTo("id.sinkron.person.created");
        assertThat(first.get("source").asText()).isEqualTo("urn:sinkron");
        assertThat(first.get("subject").asText()).matches("[0-9a-f-]{36}");
        assertThat(first.get("sinkronversion").asInt()).isEqualTo(1);
        assertThat(first.at("/data/person/full_name").isTextual()).isTrue();
        assertThat(first.at("/data/changed/full_name/new").asText()).isEqualTo(first.at("/data/person/full_name").asText());
        assertThat(first.at("/data/source_record_ids/0/source_record_id").asText()).isEqualTo("DTKS-1");
        assertThat(receiver.badSignatures()).isZero();
    }

    @Test
    void projectsToTheEntitledFieldsAndFiltersByTypeAndRegion() {
        subscribe(", \"fields\": [\"full_name\", \"village_code\"], \"event_types\": [\"person.updated\"], \"region_prefix\": \"33.16.09\"");
        String inRegion = """
                {"source_record_id": "A", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "village_code": "33.16.09.1006", "phone": "081222334455"}
                """;
        String outOfRegion = """
                {"source_record_id": "B", "nik": "3316010101900001", "full_name": "BUDI", "village_code": "33.16.01.2001"}
                """;
        api().push("dinsos-dtks", "application/x-ndjson", inRegion + outOfRegion);
        api().push("dinsos-dtks", "application/x-ndjson",
                inRegion.replace("SRI WAHYUNI", "SRI WAHYUNINGSIH") + outOfRegion.replace("BUDI", "BUDI SANTOSO"));

        List<JsonNode> events = awaitAccepted(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.accepted().size() == 1);
        JsonNode update = events.get(0);
        assertThat(update.get("type").asText()).isEqualTo("id.sinkron.person.updated");
        assertThat(update.at("/data/person").toString()).isEqualTo("{\"full_name\":\"SRI WAHYUNINGSIH\",\"village_code\":\"33.16.09.1006\"}");
        assertThat(update.at("/data/changed/full_name/old").asText()).isEqualTo("SRI WAHYUNI");
        await().atMost(Duration.ofSeconds(5)).until(() -> api().get("/api/v1/subscriptions/1").json().get("lag").asLong() == 0);
    }

    @Test
    void aReceiverThatFailsItsFirstFiveAttemptsGetsEveryEventOnceInOrder() {
        subscribe(", \"max_attempts\": 10");
        receiver.failFirst(5);

        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(6L, 20, "DTKS"));

        List<JsonNode> events = awaitAccepted(20);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> receiver.accepted().size() == 20);
        assertThat(events).extracting(e -> e.get("sinkronseq").asLong()).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(events).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();
        assertThat(receiver.attempts()).isEqualTo(25);
        assertThat(receiver.badSignatures()).isZero();
    }

    @Test
    void anEventThatExhaustsItsAttemptsGoesToTheDeadLetterStoreAndTheSubscriptionGoesOn() {
        subscribe(", \"max_attempts\": 3, \"on_dead_letter\": \"CONTINUE\"");
        receiver.failAlways(true);
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(7L, 2, "DTKS"));

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/subscriptions/1/dead-letters").json().size() == 2);
        JsonNode dead = api().get("/api/v1/subscriptions/1/dead-letters").json().get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("error").asText()).contains("503");
        JsonNode subscription = api().get("/api/v1/subscriptions/1").json();
        assertThat(subscription.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(subscription.get("position").asLong()).isEqualTo(2);
        assertThat(subscription.get("last_error").asText()).contains("503");
        assertThat(subscription.get("dead_letters").asLong()).isEqualTo(2);
        // the list counts them too: the console's overview asks for it alone
        assertThat(api().get("/api/v1/subscriptions").json().get(0).get("dead_letters").asLong()).isEqualTo(2);
    }

    @Test
    void aStopPolicyStopsAtTheDeadEventAndResumeAndReplayDeliverItAgain() {
        subscribe(", \"max_attempts\": 2, \"on_dead_letter\": \"STOP\"");
        receiver.failAlways(true);
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(8L, 3, "DTKS"));

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get("/api/v1/subscriptions/1").json().get("status").asText().equals("STOPPED"));
        assertThat(api().get("/api/v1/subscriptions/1").json().get("position").asLong()).isZero();
        assertThat(api().get("/api/v1/subscriptions/1").json().get("lag").asLong()).isEqualTo(3);

        receiver.failAlways(false);
        api().post("/api/v1/subscriptions/1/replay?from_seq=1", "application/json", "");
        List<JsonNode> events = awaitAccepted(3);
        assertThat(events).extracting(e -> e.get("sinkronseq").asLong()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void duringASecretRotationBothSecretsVerifyAndAfterItOnlyTheNewOne() {
        JsonNode created = subscribe("");
        String old = created.get("secret").asText();
        String fresh = api().post("/api/v1/subscriptions/1/secret/rotate", "application/json", "").json().get("secret").asText();

        receiver.secrets(old);
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(9L, 1, "DTKS"));
        awaitAccepted(1);
        receiver.secrets(fresh);
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(10L, 1, "OTHER"));
        awaitAccepted(2);
        assertThat(receiver.badSignatures()).isZero();

        api().post("/api/v1/subscriptions/1/secret/end-rotation", "application/json", "");
        receiver.secrets(old);
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(11L, 1, "THIRD"));
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.badSignatures() > 0);
    }

    @Test
    void aPausedSubscriptionWaitsAndGetsEverythingAfterResume() {
        subscribe("");
        api().post("/api/v1/subscriptions/1/pause", "application/json", "");
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(12L, 4, "DTKS"));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.accepted().isEmpty());
        assertThat(api().get("/api/v1/subscriptions/1").json().get("lag").asLong()).isEqualTo(4);

        api().post("/api/v1/subscriptions/1/resume", "application/json", "");
        assertThat(awaitAccepted(4)).hasSize(4);
    }

    @Test
    void aPullSubscriptionReadsItsFilteredEventsAsCloudEvents() {
        Api.Response created = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas Kesehatan Kabupaten Blora", "delivery": "PULL", "fields": ["full_name"]}
                """);
        long id = created.json().at("/subscription/id").asLong();
        assertThat(created.json().get("secret").isNull()).isTrue();
        api().push("dinkes-puskesmas", "application/x-ndjson", Records.ndjson(13L, 2, "PKM"));

        JsonNode page = api().get("/api/v1/subscriptions/" + id + "/events?after=0").json();

        assertThat(page.get("events")).hasSize(2);
        assertThat(page.at("/events/0/data/person").size()).isEqualTo(1);
        assertThat(page.at("/events/0/data/source_record_ids/0/source").asText()).isEqualTo("dinkes-puskesmas");
        assertThat(page.get("next_after").asLong()).isEqualTo(2);
    }

    @Test
    void anInvalidSubscriptionIsA400ProblemNamingEveryMistake() {
        Api.Response response = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas X", "delivery": "WEBHOOK", "endpoint": "ftp://x", "fields": ["nama"], "own_sources": ["nope"]}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("fields: unknown field 'nama'", "own_sources: no source 'nope'", "not an http(s) URL",
                "agency: 'Dinas X' has no field entitlements");

        Api.Response missing = api().post("/api/v1/subscriptions", "application/json", "{\"region_prefix\": \"Blora\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("agency", "delivery", "region_prefix");
    }

    @Test
    void twoInstancesOnOneDatabaseDeliverEachEventOnceInOrder() throws Exception {
        subscribe("");
        TestDatabase db = TestDatabase.get();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SinkronApplication.class).run(
                "--server.port=0",
                "--sinkron.db.url=" + db.url(),
                "--sinkron.db.username=" + db.username(),
                "--sinkron.db.password=" + db.password(),
                "--sinkron.db.schema=" + db.schema(),
                "--sinkron.demo.dir=" + Files.createTempDirectory("sinkron-second-drop"),
                "--sinkron.delivery.poll-interval=100ms")) {
            api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(14L, 200, "DTKS"));

            List<JsonNode> events = awaitAccepted(200);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.accepted().size() == 200);
            assertThat(events).extracting(e -> e.get("sinkronseq").asLong()).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList());
        }
    }

    @Test
    void aDeletedSubscriptionIsGone() {
        subscribe("");
        assertThat(api().delete("/api/v1/subscriptions/1").status()).isEqualTo(204);
        assertThat(api().get("/api/v1/subscriptions/1").status()).isEqualTo(404);
    }
}
