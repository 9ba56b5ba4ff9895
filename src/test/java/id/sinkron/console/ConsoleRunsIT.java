package id.sinkron.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.Browser;
import id.sinkron.support.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The sync-run pages and the charts in headless Chromium: a dropped file's run listed and filtered, its counts,
 * a rejection opened to its reasons and raw payload, a long push followed live, and the charts drawn from real
 * runs and probabilistic links (so the probabilistic linker is on, as for MatchScoresIT).
 */
@TestPropertySource(properties = "sinkron.match.linker=probabilistic")
class ConsoleRunsIT extends ConsoleTest {

    private static final Path DEMO_FILE = Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv");

    @BeforeEach
    void startBrowser() {
        openSignedIn();
    }

    @Test
    void aDroppedFilesRunShowsItsCountsAndARejectionOpensToItsReasonsAndPayload() throws IOException {
        JsonNode run = dropDemoFile();
        JsonNode rejection = api().get("/api/v1/sync-runs/1/rejections?limit=1").json().get(0);

        browser.byTestId("nav-runs").click();
        browser.awaitText("run-1-read", "301");
        assertThat(browser.byTestId("run-1-rejected").getText()).isEqualTo(run.at("/counts/rejected").asText());
        new org.openqa.selenium.support.ui.Select(browser.byTestId("filter-status")).selectByValue("FAILED");
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("run-link-1")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("#/runs?status=FAILED");
        new org.openqa.selenium.support.ui.Select(browser.byTestId("filter-status")).selectByValue("SUCCEEDED");
        browser.byTestId("run-link-1").click();

        browser.awaitText("count-read", "301");
        assertThat(browser.byTestId("count-created").getText()).isEqualTo(run.at("/counts/created").asText());
        assertThat(browser.byTestId("count-rejected").getText()).isEqualTo(run.at("/counts/rejected").asText());
        WebElement detail = browser.driver().findElement(Browser.testId("rejection-detail-" + rejection.get("id").asText()));
        assertThat(detail.isDisplayed()).isFalse();
        browser.byTestId("rejection-open-" + rejection.get("id").asText()).click();
        browser.await().until(ExpectedConditions.visibilityOf(detail));
        assertThat(detail.findElement(Browser.testId("rejection-payload")).getText()).isEqualTo(rejection.get("payload").asText().strip());
        JsonNode reason = rejection.get("reasons").get(0);
        assertThat(detail.findElement(Browser.testId("rejection-reasons")).getText())
                .contains(reason.get("field").asText(), reason.get("message").asText());
        browser.screenshot("run-detail");

        browser.byTestId("lang").click();
        browser.awaitText("run-title", "Sync run #1");
        browser.awaitText("download-csv", "Download CSV");
    }

    @Test
    void aLongPushIsFollowedLiveUntilItsCountsAreComplete() {
        int records = 10_000;
        String body = Records.ndjson(7, records, "LIVE");
        CompletableFuture<Api.Response> push = CompletableFuture.supplyAsync(() -> api().push("dinsos-dtks", "application/x-ndjson", body));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("sync_runs") == 1);

        browser.open(base() + "/console/#/runs/1");

        browser.byTestId("progress-1");
        assertThat(browser.byTestId("run-title").getText()).isEqualTo("Sinkronisasi #1");
        long first = readShown();
        browser.await().withTimeout(Duration.ofSeconds(120)).until(d -> readShown() > first);
        // 10,000 records take 10 s on an idle machine and two minutes on a loaded one
        browser.await().withTimeout(Duration.ofSeconds(300)).until(ExpectedConditions.textToBePresentInElementLocated(
                Browser.testId("count-read"), String.format(java.util.Locale.forLanguageTag("id-ID"), "%,d", records)));
        assertThat(push.join().status()).isEqualTo(200);
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("progress-1")));
        assertThat(browser.driver().findElement(By.cssSelector("[data-status]")).getDomAttribute("data-status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void theChartsShowRunsRejectionReasonsAndMatchScoresWithTheThresholds() throws IOException {
        dropDemoFile();
        Api.Response pushed = api().push("dinsos-dtks", "application/x-ndjson", Files.readString(Path.of("config/demo/push/dinsos-dtks.ndjson")));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        JsonNode scores = api().get("/api/v1/stats/match-scores").json();
        JsonNode reasons = api().get("/api/v1/stats/rejection-reasons").json();
        // runs about a minute apart made the time axis print second labels over each other
        jdbc.update("update sync_runs set started_at = started_at - interval '45 seconds', ended_at = ended_at - interval '45 seconds' where id = 1");

        browser.open(base() + "/console/#/charts");

        browser.awaitText("scores-scored", scores.get("scored").asText());
        assertThat(browser.byTestId("scores-linked").getText()).isEqualTo(scores.get("linked").asText());
        assertThat(browser.byTestId("threshold-link").getText()).contains("12");
        assertThat(browser.byTestId("threshold-review").getText()).contains("4");
        assertThat(browser.byTestId("runs-summary").getText()).startsWith("2 sinkronisasi");
        assertThat(browser.byTestId("reasons-summary").getText()).contains(reasons.get("rejections").asText());
        for (String chart : new String[] {"chart-runs", "chart-reasons", "chart-scores"}) {
            browser.await().until(ExpectedConditions.presenceOfNestedElementLocatedBy(Browser.testId(chart), By.tagName("svg")));
        }
        assertThat(browser.byTestId("chart-scores").getText()).contains("12");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(overlappingLabels("chart-runs")).isEmpty());
        browser.screenshot("charts");
    }

    /** The texts of a chart that are drawn over one another, as "a / b" pairs. */
    @SuppressWarnings("unchecked")
    private List<String> overlappingLabels(String chart) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const texts = [...document.querySelectorAll("[data-testid='" + arguments[0] + "'] svg text")]
                  .map(e => ({text: e.textContent, box: e.getBoundingClientRect()})).filter(t => t.box.width > 0);
                const pairs = [];
                texts.forEach((a, i) => texts.slice(i + 1).forEach(b => {
                  if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) {
                    pairs.push(a.text + ' / ' + b.text);
                  }
                }));
                return pairs;
                """, chart);
    }

    /** The records read as the page shows them, read in one script call: the counts are drawn again every second. */
    private long readShown() {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector(\"[data-testid='count-read']\")?.textContent || ''");
        String digits = String.valueOf(text).replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private JsonNode dropDemoFile() throws IOException {
        Files.copy(DEMO_FILE, DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"), StandardCopyOption.REPLACE_EXISTING);
        return await().atMost(Duration.ofSeconds(90)).until(() -> api().get("/api/v1/sync-runs/1"),
                r -> r.status() == 200 && r.json().get("status").asText().equals("SUCCEEDED")).json();
    }
}
