package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "sinkron.db.pool-size=2")
class PersonReadsOnASmallPoolIT extends IntegrationTest {

    /**
     * Review finding 3: each person read held a pooled connection while asking for a second one for its links,
     * so concurrent reads took the whole pool and waited on each other until the pool timed out.
     */
    @Test
    void concurrentReadsOfPersonsByNikAllSucceed() throws Exception {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI"}
                """);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Response>> answers = IntStream.range(0, 48)
                    .mapToObj(i -> clients.submit(() -> api().get("/api/v1/persons?nik=3316094509870002")))
                    .toList();

            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                assertThat(response.json().get(0).get("links")).hasSize(1);
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
