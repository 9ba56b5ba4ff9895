package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A route whose source is missing at start-up (a file drop whose folder does not exist yet) is supervised: the
 * service starts, the other routes run, {@code /actuator/health} shows the failing route with its reason and
 * still answers 200, and the route starts once its folder appears.
 */
class RouteSupervisionIT extends IntegrationTest {

    private static final Path LATE_DIR = lateDir();

    @DynamicPropertySource
    static void brokenRoute(DynamicPropertyRegistry registry) {
        registry.add("camel.main.routes-include-pattern", () -> "file:routes/*.yaml,classpath:supervision/*.yaml");
        registry.add("sinkron.test.late-dir", LATE_DIR::toString);
        registry.add("camel.routecontroller.back-off-delay", () -> "200");
        registry.add("camel.routecontroller.back-off-max-delay", () -> "500");
    }

    @Test
    void aRouteThatFailsToStartIsRetriedAndShownWhileTheOthersRun() throws Exception {
        JsonNode broken = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> routes().get("broken-source"), r -> r != null && r.path("attempts").asLong() >= 2);
        assertThat(broken.get("state").asText()).isEqualTo("Stopped");
        assertThat(broken.get("supervision").asText()).isEqualTo("RESTARTING");
        assertThat(broken.get("last_error").asText()).contains("Starting directory does not exist").contains(LATE_DIR.toString());
        assertThat(broken.get("next_attempt").asText()).isNotBlank();
        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.json().at("/components/routes/status").asText()).isEqualTo("DEGRADED");
        assertThat(routes().at("/dukcapil-blora-csv/state").asText()).isEqualTo("Started");

        // the shipped route pulls its drop folder as usual
        Files.copy(Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv"),
                DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"), StandardCopyOption.REPLACE_EXISTING);
        JsonNode run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> api().get("/api/v1/sync-runs/1"),
                r -> r.status() == 200 && !r.json().get("status").asText().equals("RUNNING")).json();
        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts/read").asInt()).isEqualTo(301);

        // the folder appears: a later attempt starts the route, and the service is UP again
        Files.createDirectories(LATE_DIR);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> routes().at("/broken-source/state").asText(), "Started"::equals);
        assertThat(routes().get("broken-source").has("supervision")).isFalse();
        assertThat(api().get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
    }

    private JsonNode routes() {
        return api().get("/actuator/health").json().at("/components/routes/details");
    }

    private static Path lateDir() {
        try {
            return Files.createTempDirectory("sinkron-late").resolve("drop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
