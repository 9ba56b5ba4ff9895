package id.sinkron.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.awaitility.Awaitility;

/**
 * Fills a store under the exact-NIK linker, restarts the service on it with the probabilistic linker and prints the
 * rate of the match-key back-fill that start-up runs, then of a rebuild asked for over HTTP.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.MatchKeyBackfillBenchmark -Dbench.records=100000</pre>
 */
public final class MatchKeyBackfillBenchmark {

    public static void main(String[] args) throws IOException {
        int records = Integer.getInteger("bench.records", 100_000);
        int chunk = 10_000;
        BenchApp.machine(String.format(Locale.ROOT, "Sinkron match-key back-fill benchmark: %,d persons", records));
        Path data = Files.createTempDirectory("sinkron-backfill").resolve("postgres");
        String dataDir = "--sinkron.db.embedded.data-dir=" + data;
        try (BenchApp exact = new BenchApp(new String[] {dataDir, "--sinkron.match.linker=exact"})) {
            long start = System.nanoTime();
            for (int from = 0; from < records; from += chunk) {
                Api.Response response = exact.api().push("dinsos-dtks", "application/x-ndjson",
                        Records.ndjson(1000L + from, Math.min(chunk, records - from), "BENCH" + from));
                if (response.status() != 200) {
                    throw new IllegalStateException("push failed: " + response.status() + " " + response.body());
                }
            }
            System.out.printf(Locale.ROOT, "filled under the exact linker: %,d records in %.1f s%n", records, (System.nanoTime() - start) / 1e9);
        }
        long start = System.nanoTime();
        try (BenchApp probabilistic = new BenchApp(new String[] {dataDir, "--sinkron.match.linker=probabilistic"})) {
            System.out.printf(Locale.ROOT, "restarted with the probabilistic linker in %.1f s%n", (System.nanoTime() - start) / 1e9);
            print("back-fill at start-up", probabilistic.api().get("/api/v1/match/keys").json());
            Api api = probabilistic.api();
            Api.Response started = api.post("/api/v1/match/keys/rebuild", "application/json", "");
            if (started.status() != 202) {
                throw new IllegalStateException("rebuild refused: " + started.status() + " " + started.body());
            }
            Awaitility.await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get("/api/v1/match/keys").json().get("up_to_date").asBoolean());
            print("rebuild on request", api.get("/api/v1/match/keys").json());
        }
    }

    private static void print(String label, JsonNode progress) {
        long done = progress.get("done").asLong();
        double seconds = Duration.between(OffsetDateTime.parse(progress.get("started_at").asText()),
                OffsetDateTime.parse(progress.get("finished_at").asText())).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "%-24s %,9d persons in %7.2f s = %,8.0f persons/s%n", label, done, seconds, done / seconds);
    }
}
