package id.sinkron.bench;

import id.sinkron.support.Api;
import id.sinkron.support.Records;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Pushes synthetic person records through the HTTP API and prints records per second: first a load of new
 * records, then the same records again (all unchanged).
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.records=100000 -Dbench.chunk=10000</pre>
 *
 * Arguments go to the service, e.g. {@code -Dexec.args=--sinkron.ingest.batch-size=1000}.
 */
public final class PushBenchmark {

    public static void main(String[] args) {
        int records = Integer.getInteger("bench.records", 100_000);
        int chunk = Integer.getInteger("bench.chunk", 10_000);
        String linker = Arrays.stream(args).filter(a -> a.startsWith("--sinkron.match.linker=")).map(a -> a.substring(a.indexOf('=') + 1))
                .reduce((a, b) -> b).orElse("probabilistic (the default)");
        BenchApp.machine(String.format(Locale.ROOT, "Sinkron push benchmark: %,d records in pushes of %,d, %s linker", records, chunk, linker));
        List<String> bodies = new ArrayList<>();
        for (int start = 0; start < records; start += chunk) {
            bodies.add(Records.ndjson(1000L + start, Math.min(chunk, records - start), "BENCH" + start));
        }
        try (BenchApp app = new BenchApp(args)) {
            run(app.api(), "new records", bodies, records);
            run(app.api(), "same records again (unchanged)", bodies, records);
        }
    }

    private static void run(Api api, String label, List<String> bodies, int records) {
        long start = System.nanoTime();
        for (String body : bodies) {
            Api.Response response = api.push("dinsos-dtks", "application/x-ndjson", body);
            if (response.status() != 200) {
                throw new IllegalStateException("push failed: " + response.status() + " " + response.body());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-32s %,9d records in %7.2f s = %,8.0f records/s%n", label, records, seconds, records / seconds);
    }
}
