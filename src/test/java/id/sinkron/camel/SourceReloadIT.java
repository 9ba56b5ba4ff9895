package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.Folders;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Source files edited while Sinkron runs and reloaded by an administrator (issue #7): the next ingestion maps
 * with the new mapping, the shipped route polls on the new schedule, and a broken edit is refused with its file
 * and line while ingestion goes on with the declaration that was running. The sources are a copy of
 * {@code config/sources/}, so the tests can change them; the routes are the shipped ones.
 */
@ExtendWith(OutputCaptureExtension.class)
class SourceReloadIT extends IntegrationTest {

    private static final Path SOURCES_DIR = sourcesCopy();
    private static final Path FILE = SOURCES_DIR.resolve("dukcapil-blora.yml");
    private static final String ROUTE = "/api/v1/routes/dukcapil-blora-csv";
    private static final String ROUTE_FILE = Path.of("routes/dukcapil-blora.yaml").toAbsolutePath().normalize().toString();
    private static final String HEADER = "ID_PDDK,NIK,NO_KK,%s,TMPT_LHR,TGL_LHR,JENIS_KLMIN,AGAMA,STAT_KWN,NAMA_LGKP_IBU,ALAMAT,"
            + "NO_RT,NO_RW,KODE_DESA,NAMA_KEL,NAMA_KEC,NAMA_KAB,TELP\n";
    /** A person of the shipped demo extract. */
    private static final String ROW = "PDDK-000001,3316142909611481,3316140911118703,IMAM RAHAYU,BLORA,29-09-1961,LAKI-LAKI,5,1,"
            + "NOVI SETYANINGSIH,JL. GAJAH MADA NO. 32,3,2,3316142015,WUKIRSARI,TODANAN,BLORA,089562584861\n";

    @DynamicPropertySource
    static void sourcesDir(DynamicPropertyRegistry registry) {
        registry.add("sinkron.sources.dir", SOURCES_DIR::toString);
    }

    /** Whatever a test did, the shipped declaration is in force again for the next. */
    @AfterEach
    void restoreTheShippedDeclaration() throws IOException {
        Files.copy(Path.of("config/sources/dukcapil-blora.yml"), FILE, StandardCopyOption.REPLACE_EXISTING);
        api().post("/api/v1/routes/reload", "application/json", "");
    }

    @Test
    void aChangedMappingAndScheduleApplyToTheNextIngestionAndTheRoute() throws IOException {
        assertThat(api().get(ROUTE).json().get("poll_delay_ms").asLong()).isEqualTo(5000);
        edit(s -> s.replace("schedule: PT5S", "schedule: PT3S").replace("full_name: NAMA_LGKP", "full_name: NAMA_LENGKAP"));

        Api.Response reload = api().post("/api/v1/routes/reload", "application/json", "");

        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().get("refused").asLong()).isZero();
        JsonNode source = find(reload.json().get("sources"), FILE.toString());
        assertThat(source.get("outcome").asText()).isEqualTo("UPDATED");
        assertThat(source.get("source").asText()).isEqualTo("dukcapil-blora");
        JsonNode route = find(reload.json().get("files"), ROUTE_FILE);
        assertThat(route.get("outcome").asText()).isEqualTo("UPDATED");
        assertThat(route.get("note").asText()).contains("'dukcapil-blora'");

        JsonNode running = api().get(ROUTE).json();
        assertThat(running.get("state").asText()).isEqualTo("STARTED");
        assertThat(running.get("schedule").asText()).isEqualTo("PT3S");
        assertThat(running.get("poll_delay_ms").asLong()).isEqualTo(3000);
        JsonNode run = ingest("NAMA_LENGKAP");
        assertThat(run.at("/counts/created").asInt()).as(run.toString()).isEqualTo(1);
        assertThat(api().get("/api/v1/persons?nik=3316142909611481").json().at("/0/record/full_name").asText()).isEqualTo("IMAM RAHAYU");
    }

    @Test
    void aBrokenEditIsRefusedWithItsLineAndIngestionKeepsThePreviousMapping() throws IOException {
        edit(s -> s.replace("full_name: NAMA_LGKP", "ful_name: NAMA_LENGKAP"));

        Api.Response reload = api().post("/api/v1/routes/reload", "application/json", "");

        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().get("refused").asLong()).isEqualTo(1);
        JsonNode refused = find(reload.json().get("sources"), FILE.toString());
        assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.at("/errors/0").asText()).startsWith("line " + lineOf("ful_name: NAMA_LENGKAP") + ": mapping.ful_name: unknown canonical field");
        assertThat(find(reload.json().get("files"), ROUTE_FILE).get("outcome").asText()).isEqualTo("UNCHANGED");
        JsonNode sources = api().get("/api/v1/sources").json();
        assertThat(sources.at("/refused/0/file").asText()).isEqualTo(FILE.toString());
        assertThat(sources.get("sources")).extracting(s -> s.get("id").asText()).contains("dukcapil-blora");

        JsonNode run = ingest("NAMA_LGKP");
        assertThat(run.at("/counts/created").asInt()).as(run.toString()).isEqualTo(1);
        assertThat(api().get("/api/v1/persons?nik=3316142909611481").json().at("/0/record/full_name").asText()).isEqualTo("IMAM RAHAYU");
    }

    @Test
    void theSourcesAloneReloadAndCreateAgainOnlyTheRoutesOfAChangedSchedule() throws IOException {
        edit(s -> s.replace("schedule: PT5S", "schedule: PT2S"));

        Api.Response reload = api().post("/api/v1/sources/reload", "application/json", "");

        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(find(reload.json().get("sources"), FILE.toString()).get("outcome").asText()).isEqualTo("UPDATED");
        assertThat(reload.json().get("routes")).extracting(r -> r.get("file").asText()).containsExactly(ROUTE_FILE);
        assertThat(api().get(ROUTE).json().get("poll_delay_ms").asLong()).isEqualTo(2000);
    }

    @Test
    void everyReloadAndEveryChangedFileIsRecordedWithWhoDidIt(CapturedOutput output) throws IOException {
        edit(s -> s.replace("schedule: PT5S", "schedule: PT4S"));

        assertThat(api().post("/api/v1/routes/reload", "application/json", "").status()).isEqualTo(200);

        JsonNode entry = await().atMost(Duration.ofSeconds(10)).until(
                () -> api().get("/api/v1/audit?action=POST%20/api/v1/routes/reload").json().get("entries"), e -> e.size() > 0).get(0);
        String actor = entry.get("actor").asText();
        assertThat(actor).isNotBlank().isNotEqualTo("anonymous");
        assertThat(output.getAll())
                .contains("Admin action route.reload on routes by " + actor + ": done")
                .contains("Admin action source.reload on " + FILE + " by " + actor + ": updated dukcapil-blora")
                .contains("Admin action route.reload on " + ROUTE_FILE + " by " + actor + ": updated (created again");
    }

    /** Drops an extract with the name column so called into the route's folder; the run it makes, once ended. */
    private JsonNode ingest(String nameColumn) throws IOException {
        Files.writeString(DROP_DIR.resolve("dukcapil/extract.csv"), HEADER.formatted(nameColumn) + ROW);
        JsonNode run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> api().get("/api/v1/sync-runs?source=dukcapil-blora").json(),
                runs -> runs.size() > 0 && !runs.at("/0/status").asText().equals("RUNNING")).get(0);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts/rejected").asInt()).as(run.toString()).isZero();
        return run;
    }

    private static void edit(UnaryOperator<String> change) throws IOException {
        String before = Files.readString(FILE);
        String after = change.apply(before);
        assertThat(after).as("the edit applies").isNotEqualTo(before);
        Files.writeString(FILE, after);
    }

    private static int lineOf(String text) throws IOException {
        return Files.readAllLines(FILE).stream().map(String::strip).toList().indexOf(text) + 1;
    }

    private static JsonNode find(JsonNode files, String file) {
        for (JsonNode f : files) {
            if (f.get("file").asText().equals(file)) {
                return f;
            }
        }
        throw new AssertionError("no " + file + " in " + files);
    }

    private static Path sourcesCopy() {
        return Folders.copyOf(Path.of("config/sources"));
    }
}
