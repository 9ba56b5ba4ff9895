package id.sinkron.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The audit log and subscriptions pages in headless Chromium. */
class ConsoleAuditIT extends ConsoleTest {

    @BeforeEach
    void startBrowser() {
        openSignedIn();
    }

    @Test
    void filtersTheAuditLogByActionAndVerifiesTheChain() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI"}
                """);
        api().get("/api/v1/persons?nik=3316094509870002");
        api().get("/api/v1/persons?name=wahyuni");

        browser.byTestId("nav-audit").click();
        browser.byTestId("audit-action").sendKeys("GET /api/v1/persons");
        browser.byTestId("audit-submit").click();
        browser.awaitText("audit-entries", "GET /api/v1/persons");
        List<String> actions = browser.driver().findElements(Browser.testId("audit-entry-action")).stream().map(WebElement::getText).toList();
        assertThat(actions).isNotEmpty().allMatch(a -> a.startsWith("GET /api/v1/persons"));
        assertThat(browser.byTestId("audit-entries").getText())
                .contains("nik=3316xxxxxxxx0002", "name=***")
                .doesNotContain("3316094509870002", "wahyuni");
        assertThat(browser.driver().getCurrentUrl()).contains("action=GET+%2Fapi%2Fv1%2Fpersons");

        browser.byTestId("audit-verify").click();
        browser.awaitText("audit-intact", "Rantai utuh");
        long entries = api().get("/api/v1/audit?limit=1").json().get("entries").size();
        assertThat(entries).isOne();
        assertThat(api().post("/api/v1/audit/verify", "application/json", "").json().get("intact").asBoolean()).isTrue();
        browser.screenshot("audit");

        browser.byTestId("lang").click();
        browser.awaitText("audit-verify", "Verify chain");
        assertThat(browser.byTestId("audit-entries").getText()).contains("ACTION");
    }

    @Test
    void showsWhatAnAdministratorDidToWhichTargetAndHowItEnded() {
        assertThat(api().post("/api/v1/routes/no-such-route/stop", "application/json", "").status()).isEqualTo(404);

        browser.byTestId("nav-audit").click();
        browser.byTestId("audit-action").sendKeys("route.");
        browser.byTestId("audit-submit").click();
        browser.awaitText("audit-entries", "route.stop");

        assertThat(browser.byTestId("audit-entries").getText()).contains("no-such-route");
        assertThat(browser.byTestId("audit-entry-detail").getText()).startsWith("refused: ");
    }

    @Test
    void showsEachSubscriptionsLagAndDeadLettersAndPausesIt() {
        String id = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas Sosial Kabupaten Blora", "name": "bansos", "delivery": "WEBHOOK", "endpoint": "http://127.0.0.1:9/nobody", "max_attempts": 1}
                """).json().at("/subscription/id").asText();
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI"}
                {"source_record_id": "S2", "nik": "3316090101900001", "full_name": "BUDI SANTOSO"}
                """);
        JsonNode settled = await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/v1/subscriptions/" + id).json(),
                s -> s.get("lag").asLong() == 0 && s.get("dead_letters").asLong() > 0);

        String error = api().get("/api/v1/subscriptions/" + id + "/dead-letters").json().get(0).get("error").asText();
        String shown = error.substring(0, Math.min(30, error.length()));

        browser.byTestId("nav-subscriptions").click();
        browser.awaitText("agency-" + id, "Dinas Sosial Kabupaten Blora");
        browser.byTestId("dead-" + id).click();
        browser.awaitText("dead-letters-table", shown);

        browser.byTestId("pause-" + id).click();
        browser.awaitText("status-" + id, "PAUSED");
        assertThat(api().get("/api/v1/subscriptions/" + id).json().get("status").asText()).isEqualTo("PAUSED");
        browser.byTestId("dead-" + id).click();
        browser.awaitText("dead-letters-table", shown);
        browser.screenshot("subscriptions");

        // the overview lists it among what needs attention, with its count
        browser.byTestId("nav-overview").click();
        browser.awaitText("attention-subscription-" + id, "bansos (Dinas Sosial Kabupaten Blora): "
                + settled.get("dead_letters").asText() + " surat mati");
    }
}
