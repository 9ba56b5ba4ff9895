package id.sinkron.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The review queue in headless Chromium, on review items the probabilistic linker opens from real pushes: a clinic
 * record and a welfare record of one name and birth date score between the review and link thresholds.
 */
@TestPropertySource(properties = "sinkron.match.linker=probabilistic")
class ConsoleReviewIT extends ConsoleTest {

    private long item;

    @BeforeEach
    void openAReviewItemAndStartBrowser() {
        api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "A1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "village_code": "3316091006"}
                """);
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "R1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P"}
                """);
        JsonNode open = api().get("/api/v1/review-items?status=OPEN").json();
        assertThat(open).as("the two records score in the review band").hasSize(1);
        item = open.get(0).get("id").asLong();
        openSignedIn();
    }

    @Test
    void mergesTheTwoPersonsOfAnItemWithAReasonAndTheServiceThenHasOnePerson() {
        browser.byTestId("nav-review").click();
        browser.awaitText("review-items", "Skor di pita tinjauan");
        browser.byTestId("review-item-link").click();
        browser.awaitText("review-pair", "SRI WAHYUNI");
        assertThat(browser.byTestId("review-comparisons").getText()).contains("name", "exact after normalization", "birth-date");
        assertThat(browser.byTestId("review-score").getText()).contains("Skor total: +");
        browser.screenshot("review");

        browser.byTestId("decide-merge").click();
        browser.awaitText("decision-outcome", "Tuliskan alasan");
        assertThat(api().get("/api/v1/review-items/" + item).json().get("status").asText()).isEqualTo("OPEN");

        browser.byTestId("decision-reason").sendKeys("Same person: same name and birth date, the clinic confirmed by phone");
        browser.byTestId("decide-merge").click();
        browser.awaitText("decision-done", "Digabung");
        browser.awaitText("review-status", "Digabung");

        JsonNode decided = api().get("/api/v1/review-items/" + item).json();
        assertThat(decided.get("status").asText()).isEqualTo("MERGED");
        assertThat(decided.get("decision_reason").asText()).startsWith("Same person");
        UUID survivor = UUID.fromString(api().get("/api/v1/persons/" + decided.get("person_id").asText()).json().get("id").asText());
        JsonNode links = api().get("/api/v1/persons/" + survivor + "/links").json();
        assertThat(StreamSupport.stream(links.spliterator(), false).map(l -> l.get("source_record_id").asText()))
                .containsExactlyInAnyOrder("A1", "R1");
        assertThat(api().get("/api/v1/persons?name=sri%20wahyuni").json()).as("one live person").hasSize(1);

        browser.byTestId("decision-person").click();
        browser.awaitText("links", "R1");
        assertThat(browser.byTestId("person-id").getText()).startsWith(survivor.toString());
    }

    @Test
    void filtersTheQueueByReasonAndSpeaksEnglish() {
        browser.open("http://127.0.0.1:" + port + "/console/index.html#/review?reason=CONFLICTING_NIKS");
        browser.awaitText("review-items", "Tidak ada butir terbuka");

        browser.open("http://127.0.0.1:" + port + "/console/index.html#/review?reason=REVIEW_BAND&min_score=4");
        browser.awaitText("review-items", "R1");
        browser.byTestId("lang").click();
        browser.awaitText("review-items", "Score in the review band");
        browser.byTestId("review-item-link").click();
        browser.awaitText("decide-keep-apart", "Keep apart");
    }
}
