package id.sinkron.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Browser;
import id.sinkron.support.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The overview page in headless Chromium, as an administrator uses it: a route stopped and started from the console,
 * a route file added and reloaded, one poll run now and its run's counts appearing, a broken route file refused
 * with its error shown while the old route keeps running, a broken source file refused while its source keeps its
 * previous version, a changed source schedule listed with the route created again for it, a failed run under "needs
 * attention". The routes and sources are read from copies of {@code routes/} and {@code config/sources/}.
 */
class ConsoleRoutesIT extends ConsoleTest {

    private static final String DEMO = "dukcapil-blora-csv";
    private static final Path ROUTES_DIR = routesCopy();
    private static final Path SOURCES_DIR = sourcesCopy();
    private static final Path DEMO_FILE = Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv");

    @DynamicPropertySource
    static void routesDir(DynamicPropertyRegistry registry) {
        registry.add("sinkron.routes.dir", ROUTES_DIR::toString);
        registry.add("sinkron.sources.dir", SOURCES_DIR::toString);
    }

    @BeforeEach
    void startBrowser() {
        openSignedIn();
    }

    @AfterEach
    void restoreRoutes() throws IOException {
        Files.copy(Path.of("routes/dukcapil-blora.yaml"), ROUTES_DIR.resolve("dukcapil-blora.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(ROUTES_DIR.resolve("console.yaml"));
        Files.copy(Path.of("config/sources/dukcapil-blora.yml"), SOURCES_DIR.resolve("dukcapil-blora.yml"), StandardCopyOption.REPLACE_EXISTING);
        api().post("/api/v1/routes/reload", "application/json", "");
        if (!state(DEMO).equals("STARTED")) {
            api().post("/api/v1/routes/" + DEMO + "/start", "application/json", "");
        }
    }

    @Test
    void stoppingARouteInTheConsoleStopsItAndStartingItStartsIt() {
        browser.click("route-stop-" + DEMO);

        awaitState(DEMO, "STOPPED");
        assertThat(state(DEMO)).isEqualTo("STOPPED");
        assertThat(browser.byTestId("action-result").getText()).contains(DEMO, "Hentikan");
        assertThat(browser.driver().findElements(Browser.testId("route-stop-" + DEMO))).isEmpty();

        browser.click("route-start-" + DEMO);
        awaitState(DEMO, "STARTED");
        assertThat(state(DEMO)).isEqualTo("STARTED");
    }

    @Test
    void aRouteSwitchedOffByConfigurationIsShownStoppedWithItsPropertyAndCanBeStarted() {
        browser.awaitText("route-disabled-rsud-kafka", "sinkron.sources.rsud-kafka.enabled");
        assertThat(browser.attribute("route-state-disdik-api-schedule", "data-state")).isEqualTo("STOPPED");
        // the pull route a timer calls cannot run by itself: no "run now" for it
        assertThat(browser.driver().findElements(Browser.testId("route-run-disdik-api-pull"))).isEmpty();

        browser.click("route-start-disdik-api-schedule");

        awaitState("disdik-api-schedule", "STARTED");
        assertThat(browser.byTestId("route-run-disdik-api-schedule").isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(Browser.testId("route-disabled-disdik-api-schedule"))).isEmpty();
        browser.click("route-stop-disdik-api-schedule");
        awaitState("disdik-api-schedule", "STOPPED");
    }

    @Test
    void aRouteFileAddedAndReloadedInTheConsoleRunsNowAndItsCountsAppear() throws IOException {
        Path folder = Files.createDirectories(DROP_DIR.resolve("console"));
        Files.writeString(ROUTES_DIR.resolve("console.yaml"), """
                - route:
                    id: dukcapil-hourly
                    description: polled once an hour, or when run now
                    routeConfigurationId: sinkron-default
                    from:
                      uri: file:%s
                      parameters:
                        noop: true
                        initialDelay: 3600000
                        delay: 3600000
                      steps:
                        - setHeader:
                            name: SinkronSource
                            constant: dukcapil-blora
                        - to: direct:sinkron-ingest
                """.formatted(folder));
        Files.copy(DEMO_FILE, folder.resolve("penduduk.csv"), StandardCopyOption.REPLACE_EXISTING);

        browser.click("reload");
        browser.awaitText("reload-result", "1 berubah, 0 ditolak");
        awaitState("dukcapil-hourly", "STARTED");
        // its first poll is an hour away: a time is shown, and no last poll yet
        assertThat(browser.byTestId("route-next-run-dukcapil-hourly").getText()).isNotEqualTo("—");
        assertThat(browser.driver().findElements(Browser.testId("route-last-poll-dukcapil-hourly"))).isEmpty();
        browser.click("route-run-dukcapil-hourly");

        browser.awaitText("action-result", "dukcapil-hourly");
        browser.awaitText("route-last-poll-dukcapil-hourly", "polling terakhir");
        JsonNode run = await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/v1/sync-runs/1"),
                r -> r.status() == 200 && r.json().get("status").asText().equals("SUCCEEDED")).json();
        assertThat(run.get("origin").asText()).isEqualTo("penduduk.csv");
        // the table is drawn again when the run's status changes: click the link of the finished run
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid='last-runs'] [data-status='SUCCEEDED']")));
        browser.click("last-run-1");
        browser.awaitText("count-read", "301");
        assertThat(browser.byTestId("count-rejected").getText()).isEqualTo(run.at("/counts/rejected").asText());
        browser.byTestId("back");
        browser.open("http://127.0.0.1:" + port + "/console/#/overview");
        browser.byTestId("last-run-1");
        browser.screenshot("overview");
        Files.delete(folder.resolve("penduduk.csv"));
    }

    @Test
    void aBrokenRouteFileShowsItsErrorInTheConsoleAndTheOldRouteKeepsRunning() throws IOException {
        Path file = ROUTES_DIR.resolve("dukcapil-blora.yaml");
        Files.writeString(file, Files.readString(file).replace("    from:", "    from: [unclosed\n"));

        browser.click("reload");

        browser.awaitText("reload-result", "1 ditolak");
        assertThat(browser.byTestId("reload-refused").getText()).contains(file.toString(), "tetap berjalan");
        assertThat(browser.byTestId("reload-error").getText()).contains("line");
        assertThat(browser.attribute("route-state-" + DEMO, "data-state")).isEqualTo("STARTED");
        assertThat(state(DEMO)).isEqualTo("STARTED");
        Files.copy(DEMO_FILE, DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/v1/sync-runs/1"),
                r -> r.status() == 200 && !r.json().get("status").asText().equals("RUNNING")).json().get("status").asText())
                .as("the old route still pulls").isEqualTo("SUCCEEDED");
    }

    @Test
    void aBrokenSourceFileShowsItsErrorInTheConsoleAndTheSourceKeepsItsPreviousVersion() throws IOException {
        Path file = SOURCES_DIR.resolve("dukcapil-blora.yml");
        Files.writeString(file, Files.readString(file).replace("full_name: NAMA_LGKP", "ful_name: NAMA_LGKP"));

        browser.click("reload");

        browser.awaitText("reload-result", "0 berubah, 1 ditolak");
        assertThat(browser.byTestId("reload-refused").getText())
                .contains(file.toString(), "Sumber dukcapil-blora tetap berjalan dengan versi sebelumnya");
        assertThat(browser.byTestId("reload-error").getText()).contains("mapping.ful_name").startsWith("line ");
        assertThat(api().get("/api/v1/sources").json().get("sources")).extracting(s -> s.get("id").asText()).contains("dukcapil-blora");
    }

    @Test
    void aChangedSourceScheduleIsListedWithTheRouteCreatedAgainForIt() throws IOException {
        Path file = SOURCES_DIR.resolve("dukcapil-blora.yml");
        Files.writeString(file, Files.readString(file).replace("schedule: PT5S", "schedule: PT7S"));

        browser.click("reload");

        browser.awaitText("reload-result", "2 berubah, 0 ditolak");
        assertThat(browser.driver().findElements(Browser.testId("reload-changed"))).extracting(WebElement::getText).containsExactly(
                "diperbarui: " + file + " (dukcapil-blora)",
                "diperbarui: " + ROUTES_DIR.resolve("dukcapil-blora.yaml")
                        + " — created again: it names the properties of source 'dukcapil-blora', which a reload of the sources changed");
        assertThat(api().get("/api/v1/routes/" + DEMO).json().get("poll_delay_ms").asLong()).isEqualTo(7000);
    }

    @Test
    void aFailedRunNeedsAttentionWithItsError() throws IOException {
        Path folder = Files.createDirectories(FILE_DROPS.resolve("pemdes-penduduk"));
        Path partial = Files.writeString(FILE_DROPS.resolve("penduduk.xlsx.part"), "NIK;NAMA\n1;SRI\n");
        Files.move(partial, folder.resolve("penduduk.xlsx"), StandardCopyOption.ATOMIC_MOVE);

        browser.awaitText("attention-run-1", "pemdes-penduduk");

        assertThat(browser.byTestId("attention-run-1").getText()).contains("gagal", "the file is not an Excel workbook");
        assertThat(api().get("/api/v1/sync-runs/1").json().get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void theOverviewSpeaksEnglishAfterTheLanguageSwitch() {
        assertThat(browser.byTestId("reload").getText()).isEqualTo("Muat ulang berkas sumber dan rute");

        browser.click("lang");

        browser.awaitText("reload", "Reload source and route files");
        assertThat(browser.byTestId("route-state-" + DEMO).getText()).isEqualTo("started");
        browser.click("lang");
        browser.awaitText("reload", "Muat ulang berkas sumber dan rute");
    }

    private void awaitState(String route, String state) {
        browser.await().until(ExpectedConditions.attributeToBe(Browser.testId("route-state-" + route), "data-state", state));
    }

    private String state(String route) {
        return api().get("/api/v1/routes/" + route).json().get("state").asText();
    }

    private static Path routesCopy() {
        return Folders.copyOf(Path.of("routes"));
    }

    private static Path sourcesCopy() {
        return Folders.copyOf(Path.of("config/sources"));
    }
}
