package id.sinkron.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole service as a separate JVM on the {@link TestDatabase} (a schema of its own), so that a crash test can
 * kill it (SIGKILL) and start it again on the same data.
 */
public final class ServiceProcess {

    private ServiceProcess() {}

    /** Starts the service on {@code port}; its output goes to {@code log}; {@code args} are more {@code --key=value}s. */
    public static Process start(TestDatabase db, String schema, int port, Path log, String... args) throws IOException {
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
                // the key support.Api sends, so a test talks to the process as to the in-process service
                "--sinkron.security.bootstrap-key=" + Api.TEST_KEY,
                "--sinkron.security.bootstrap-roles=ADMIN,STEWARD,AUDITOR"));
        command.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
    }

    /** Waits until the service on {@code api} answers its health check; generous, as a loaded machine starts slowly. */
    public static void awaitUp(Api api) {
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> api.get("/actuator/health").status() == 200);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
