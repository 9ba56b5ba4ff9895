package id.sinkron.bench;

import id.sinkron.SinkronApplication;
import id.sinkron.support.Api;
import id.sinkron.support.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pushes synthetic person records through the HTTP API and prints records per second: first a load of new
 * records, then the same records again (all unchanged). Runs on a fresh embedded PostgreSQL unless
 * SINKRON_DB_URL is set.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.records=100000 -Dbench.chunk=10000</pre>
 *
 * Arguments go to the service, e.g. {@code -Dexec.args=--sinkron.ingest.batch-size=1000}.
 */
public final class PushBenchmark {

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("bench.records", 100_000);
        int chunk = Integer.getInteger("bench.chunk", 10_000);
        Path work = Files.createTempDirectory("sinkron-bench");
        Files.createDirectories(work.resolve("demo"));

        System.out.printf(Locale.ROOT, "Sinkron push benchmark: %,d records in pushes of %,d; %d cores, max heap %,d MB%n",
                records, chunk, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> bodies = new ArrayList<>();
        for (int start = 0; start < records; start += chunk) {
            bodies.add(Records.ndjson(1000L + start, Math.min(chunk, records - start), "BENCH" + start));
        }

        SpringApplication app = new SpringApplication(SinkronApplication.class);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--sinkron.db.embedded.data-dir=" + work.resolve("postgres"),
                "--sinkron.db.embedded.port=0",
                "--sinkron.demo.dir=" + work.resolve("demo"),
                "--logging.level.id.sinkron=warn",
                "--logging.level.org.apache.camel=warn"));
        for (String arg : args) {
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=') + 1) : arg;
            arguments.removeIf(a -> a.startsWith(key));
            arguments.add(arg);
        }
        ConfigurableApplicationContext context = app.run(arguments.toArray(String[]::new));
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Api api = new Api(port);
            run(api, "new records", bodies, records);
            run(api, "same records again (unchanged)", bodies, records);
        } finally {
            context.close();
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
