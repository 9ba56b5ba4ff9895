package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.IntegrationTest;
import id.sinkron.testdata.SyntheticPerson;
import id.sinkron.testdata.SyntheticPopulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A long run handed to {@code direct:sinkron-ingest} shows its progress on the HTTP API while it runs. */
class RunProgressIT extends IntegrationTest {

    @Autowired
    ProducerTemplate producer;

    @Test
    void aRunningRunShowsRecordsSoFarRateAndShareOfTheAnnouncedTotal() throws Exception {
        List<SyntheticPerson> persons = new SyntheticPopulation(71L).next(1_200);
        CountDownLatch resume = new CountDownLatch(1);
        // the source stalls after two batches (1,000 records) until the test has seen the run in progress
        Iterator<Map<String, Object>> slow = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < persons.size();
            }

            @Override
            public Map<String, Object> next() {
                if (next == 1_000) {
                    waitFor(resume);
                }
                SyntheticPerson person = persons.get(next++);
                return person.canonical("PROG-" + next);
            }
        };
        CompletableFuture<Object> run = producer.asyncRequestBodyAndHeaders(IngestEndpoint.URI, slow,
                Map.of(IngestEndpoint.SOURCE_HEADER, "dinsos-dtks", IngestEndpoint.EXPECTED_TOTAL_HEADER, "1200"));
        try {
            JsonNode running = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(
                    () -> api().get("/api/v1/sync-runs/1"), r -> r.status() == 200 && r.json().at("/counts/read").asInt() == 1_000).json();

            assertThat(running.get("status").asText()).isEqualTo("RUNNING");
            assertThat(running.at("/progress/expected_total").asLong()).isEqualTo(1_200);
            assertThat(running.at("/progress/percent").asDouble()).isCloseTo(83.3, within(0.1));
            assertThat(running.at("/progress/records_per_second").asDouble()).isPositive();
            assertThat(running.at("/progress/eta_seconds").isIntegralNumber()).as(running.toString()).isTrue();
            JsonNode listed = api().get("/api/v1/sync-runs").json().get(0);
            assertThat(listed.at("/progress/expected_total").asLong()).isEqualTo(1_200);
        } finally {
            resume.countDown();
        }

        run.get(60, TimeUnit.SECONDS);
        JsonNode done = api().get("/api/v1/sync-runs/1").json();
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.at("/counts/read").asInt()).isEqualTo(1_200);
        assertThat(done.at("/progress/percent").asDouble()).isEqualTo(100.0);
        assertThat(done.at("/progress/eta_seconds").isNull()).isTrue();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the run go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
