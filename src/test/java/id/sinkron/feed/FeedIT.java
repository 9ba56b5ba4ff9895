package id.sinkron.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FeedIT extends IntegrationTest {

    @Test
    void readingFromZeroInPagesWhileTwoPushesCommitReturnsEveryEventOnceInOrder() throws Exception {
        String dinsos = Records.ndjson(11L, 4_000, "DTKS");
        String dinkes = Records.ndjson(12L, 4_000, "PKM");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(() -> api().push("dinsos-dtks", "application/x-ndjson", dinsos), pool);
            CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() -> api().push("dinkes-puskesmas", "application/x-ndjson", dinkes), pool);

            List<Long> seqs = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            long after = 0;
            int pagesReadWhileWriting = 0;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                boolean writing = !(a.isDone() && b.isDone());
                JsonNode page = api().get("/api/v1/feed/persons?after=" + after + "&limit=137").json();
                for (JsonNode event : page.get("events")) {
                    seqs.add(event.get("seq").asLong());
                    ids.add(event.get("event_id").asText());
                }
                after = page.get("next_after").asLong();
                if (writing) {
                    pagesReadWhileWriting++;
                } else if (page.get("events").isEmpty()) {
                    break;
                }
            }

            assertThat(a.get().status()).isEqualTo(200);
            assertThat(b.get().status()).isEqualTo(200);
            assertThat(pagesReadWhileWriting).as("the reader overlapped the writers").isGreaterThan(1);
            assertThat(seqs).hasSize(8_000).doesNotHaveDuplicates().isSorted();
            assertThat(seqs.get(0)).isEqualTo(1);
            assertThat(seqs.get(seqs.size() - 1)).isEqualTo(8_000);
            assertThat(ids).hasSize(8_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangedRecordPublishesAnUpdateWithOldAndNewValuesAndANewVersion() {
        String original = """
                {"source_record_id": "P1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "address": "JL. PEMUDA 1"}
                """;
        api().push("dinsos-dtks", "application/x-ndjson", original);
        Api.Response changed = api().push("dinsos-dtks", "application/x-ndjson", original.replace("JL. PEMUDA 1", "JL. SUDIRMAN 9"));

        assertThat(changed.json().at("/counts/updated").asInt()).isEqualTo(1);
        JsonNode events = api().get("/api/v1/feed/persons?after=0").json().get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("type").asText()).isEqualTo("person.created");
        JsonNode update = events.get(1);
        assertThat(update.get("type").asText()).isEqualTo("person.updated");
        assertThat(update.get("entity_version").asInt()).isEqualTo(2);
        assertThat(update.at("/changed/address/old").asText()).isEqualTo("JL. PEMUDA 1");
        assertThat(update.at("/changed/address/new").asText()).isEqualTo("JL. SUDIRMAN 9");
        assertThat(update.get("changed").size()).isEqualTo(1);

        JsonNode versions = api().get("/api/v1/persons/" + update.get("entity_id").asText() + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).at("/record/address").asText()).isEqualTo("JL. SUDIRMAN 9");
    }

    @Test
    void anEmptyPageKeepsTheCursorWhereItWas() {
        JsonNode page = api().get("/api/v1/feed/persons?after=42").json();

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("next_after").asLong()).isEqualTo(42);
    }

    @Test
    void aNegativeCursorIsA400Problem() {
        Api.Response response = api().get("/api/v1/feed/persons?after=-1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
