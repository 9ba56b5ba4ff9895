package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shipped demo route, pulling the shipped Dukcapil demo file from its drop folder. */
class DukcapilRouteIT extends IntegrationTest {

    private static final Path DEMO_FILE = Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv");

    @Test
    void aDroppedDukcapilFileBecomesOneSyncRunWithItsRejectionsStored() throws Exception {
        Path dropped = DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv");
        Files.copy(DEMO_FILE, dropped, StandardCopyOption.REPLACE_EXISTING);

        JsonNode run = awaitRun(1);

        assertThat(run.get("source").asText()).isEqualTo("dukcapil-blora");
        assertThat(run.get("trigger").asText()).isEqualTo("ROUTE");
        assertThat(run.get("origin").asText()).isEqualTo("penduduk-blora-2026-11.csv");
        assertThat(run.at("/counts/read").asInt()).isEqualTo(301);
        assertThat(run.at("/counts/rejected").asInt()).isEqualTo(8);
        assertThat(run.at("/counts/created").asInt()).isEqualTo(293);
        // the person registered twice under two ids is one golden record
        assertThat(count("persons")).isEqualTo(292);
        JsonNode rejections = api().get("/api/v1/sync-runs/1/rejections").json();
        assertThat(rejections.findValuesAsText("field")).contains("nik", "full_name", "birth_date", "sex", "phone", "record");
        JsonNode broken = rejections.findParents("record_no").stream().filter(r -> r.get("record_no").asInt() == 152).findFirst().orElseThrow();
        assertThat(broken.at("/reasons/0/message").asText()).contains("fields where the header has 18");

        // the same content again (a new modification time makes the route read it) changes nothing
        Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().plusSeconds(5)));
        JsonNode again = awaitRun(2);
        assertThat(again.at("/counts/unchanged").asInt()).isEqualTo(293);
        assertThat(again.at("/counts/rejected").asInt()).isEqualTo(8);
        assertThat(count("feed_events")).isEqualTo(292);
    }

    @Test
    void aFileWithoutHeaderIsOneFailedRunWithItsReasonAndIsNotRetried() throws Exception {
        Files.writeString(DROP_DIR.resolve("dukcapil/kosong.csv"), "\n\n");

        JsonNode run = awaitRun(1);

        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).contains("header");
        // the route polls every 5 s: a retry would show as a second run
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12)).until(() -> count("sync_runs") == 1);
    }

    private JsonNode awaitRun(long id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> api().get("/api/v1/sync-runs/" + id),
                r -> r.status() == 200 && !r.json().get("status").asText().equals("RUNNING")).json();
    }
}
