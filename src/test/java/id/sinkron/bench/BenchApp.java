package id.sinkron.bench;

import id.sinkron.SinkronApplication;
import id.sinkron.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/** The service as benchmarks run it: a fresh embedded PostgreSQL (durable settings, as shipped), a random port, quiet logs. */
final class BenchApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;
    private final Path databaseDir;
    private final Path work;

    /** @param args service arguments from the command line; they override the defaults given here */
    BenchApp(String[] args) {
        try {
            work = Files.createTempDirectory("sinkron-bench");
            Files.createDirectories(work.resolve("demo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--sinkron.db.embedded.data-dir=" + work.resolve("postgres"),
                "--sinkron.db.embedded.port=0",
                "--sinkron.demo.dir=" + work.resolve("demo"),
                "--sinkron.security.bootstrap-key=" + Api.TEST_KEY,
                "--sinkron.security.bootstrap-roles=ADMIN,STEWARD,AUDITOR",
                "--logging.level.id.sinkron=warn",
                "--logging.level.org.apache.camel=warn",
                "--logging.level.org.apache.kafka=warn"));
        for (String arg : args) {
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=') + 1) : arg;
            arguments.removeIf(a -> a.startsWith(key));
            arguments.add(arg);
        }
        databaseDir = work.resolve("postgres");
        context = new SpringApplication(SinkronApplication.class).run(arguments.toArray(String[]::new));
        api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    Api api() {
        return api;
    }

    /** Where the embedded PostgreSQL keeps its data (unused when {@code --sinkron.db.url} names another server). */
    Path databaseDir() {
        return databaseDir;
    }

    /** A bean of the running service, for benchmarks that call the service code path without HTTP. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    static void machine(String title) {
        System.out.printf(Locale.ROOT, "%s; %d cores, max heap %,d MB%n", title, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    @Override
    public void close() {
        context.close();
        // a million-record run leaves some 14 GB of database and WAL here; a data dir given in the arguments is
        // elsewhere and kept (MatchKeyBackfillBenchmark starts a second service on it)
        try {
            FileSystemUtils.deleteRecursively(work);
        } catch (IOException e) {
            System.err.println("could not delete " + work + ": " + e.getMessage());
        }
    }
}
