package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Prometheus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The decisions of ingestion with {@code sinkron.match.linker=probabilistic} (link, review, new, merge, review
 * instead of merge) and a data steward's decisions on the review queue, on the shipped model.
 */
@TestPropertySource(properties = "sinkron.match.linker=probabilistic")
class ReviewQueueIT extends IntegrationTest {

    private static final String KK = "3316091203150007";
    private static final String PHONE = "081234567890";

    /** A clinic patient: name, birth date, village; no NIK. */
    private static final String CLINIC = """
            {"source_record_id": "A1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "village_code": "3316091006"}
            """;
    /** A welfare household member: name, KK, phone; no birth date, no village. Too little in common with CLINIC. */
    private static final String WELFARE = """
            {"source_record_id": "B1", "full_name": "SRI WAHYUNI", "kk_number": "3316091203150007", "phone": "081234567890"}
            """;
    /** Everything: links CLINIC by name, birth date and village, and WELFARE by name, KK and phone. */
    private static final String BRIDGE = """
            {"source_record_id": "C1", "full_name": "Sri Wahyuni", "birth_date": "1987-09-05", "village_code": "3316091006",
             "kk_number": "3316091203150007", "phone": "081234567890"}
            """.replace("\n ", " ");
    /** Name, birth date and sex: with CLINIC between the review and link thresholds (weight about 5.3). */
    private static final String REVIEW = """
            {"source_record_id": "R1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P"}
            """;

    @Test
    void aRecordAboveTheLinkThresholdLinksToThePersonAndIsCounted() {
        double before = metric("sinkron_records_linked_total", Map.of("source", "dinsos-dtks"));
        pushAccepted("dinkes-puskesmas", CLINIC);

        pushAccepted("dinsos-dtks", """
                {"source_record_id": "S1", "full_name": "Sri Wahyuni", "birth_date": "05-09-1987", "village_code": "33.16.09.1006"}
                """);

        assertThat(personOfRecord("S1")).isEqualTo(personOfRecord("A1"));
        assertThat(count("review_items")).isZero();
        assertThat(metric("sinkron_records_linked_total", Map.of("source", "dinsos-dtks")) - before).isEqualTo(1);
    }

    @Test
    void aRecordInTheReviewBandStartsAPersonAndOpensAReviewItemWithItsScoreAndComparisons() {
        double opened = metric("sinkron_review_items_opened_total", Map.of("source", "dinsos-dtks", "reason", "REVIEW_BAND"));
        pushAccepted("dinkes-puskesmas", CLINIC);

        pushAccepted("dinsos-dtks", REVIEW);

        assertThat(livePersons()).isEqualTo(2);
        JsonNode items = api().get("/api/v1/review-items?status=OPEN").json();
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("reason").asText()).isEqualTo("REVIEW_BAND");
        assertThat(item.get("person_id").asText()).isEqualTo(personOfRecord("R1").toString());
        assertThat(item.get("candidate_id").asText()).isEqualTo(personOfRecord("A1").toString());
        assertThat(item.get("source").asText()).isEqualTo("dinsos-dtks");
        assertThat(item.get("source_record_id").asText()).isEqualTo("R1");
        assertThat(item.get("score").asDouble()).isBetween(4.0, 12.0);

        JsonNode detail = api().get("/api/v1/review-items/" + item.get("id").asLong()).json();
        assertThat(detail.get("status").asText()).isEqualTo("OPEN");
        assertThat(detail.at("/person/id").asText()).isEqualTo(personOfRecord("R1").toString());
        assertThat(detail.at("/candidate/record/village_code").asText()).isEqualTo("33.16.09.1006");
        assertThat(detail.at("/explanation/decision").asText()).isEqualTo("REVIEW");
        assertThat(comparison(detail, "name").get("level").asText()).isEqualTo("exact after normalization");
        assertThat(comparison(detail, "birth-date").get("level").asText()).isEqualTo("exact");
        assertThat(comparison(detail, "birth-date").get("weight").asDouble()).isPositive();
        assertThat(metric("sinkron_review_items_opened_total", Map.of("source", "dinsos-dtks", "reason", "REVIEW_BAND")) - opened)
                .isEqualTo(1);
        assertThat(metric("sinkron_review_items_open", Map.of())).isEqualTo(1);
    }

    @Test
    void aRecordBelowTheReviewThresholdStartsAPersonWithoutReviewItem() {
        pushAccepted("dinkes-puskesmas", CLINIC);

        pushAccepted("dinsos-dtks", """
                {"source_record_id": "N1", "full_name": "SRI WAHYUNI", "village_code": "3316091006"}
                """);

        assertThat(livePersons()).isEqualTo(2);
        assertThat(count("review_items")).isZero();
        JsonNode why = api().get("/api/v1/persons/" + personOfRecord("N1") + "/links").json().get(0).get("explanation");
        assertThat(why.get("decision").asText()).isEqualTo("NEW");
        assertThat(why.get("candidate").asText()).isEqualTo(personOfRecord("A1").toString());
    }

    @Test
    void aRecordLinkingTwoPersonsMergesThemIntoTheOneItLinksStrongest() {
        pushAccepted("dinkes-puskesmas", CLINIC);
        pushAccepted("dinsos-dtks", WELFARE);
        UUID clinic = personOfRecord("A1");
        UUID welfare = personOfRecord("B1");
        assertThat(clinic).isNotEqualTo(welfare);

        pushAccepted("disdik-dapodik", BRIDGE);

        assertThat(livePersons()).isEqualTo(1);
        assertThat(personOfRecord("A1")).isEqualTo(welfare);
        assertThat(personOfRecord("C1")).isEqualTo(welfare);
        assertThat(jdbc.queryForObject("select merged_into from persons where id = ?", UUID.class, clinic)).isEqualTo(welfare);
        List<Map<String, Object>> merged = jdbc.queryForList("select entity_id, changed::text as changed from feed_events where type = 'person.merged'");
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).get("entity_id")).isEqualTo(welfare);
        assertThat(jdbc.queryForObject("select actor from person_merges where retired_id = ?", String.class, clinic)).isEqualTo("sinkron");
        JsonNode person = api().get("/api/v1/persons/" + welfare).json();
        assertThat(person.at("/record/birth_date").asText()).as("the clinic's birth date joined the golden record").isEqualTo("1987-09-05");
        assertThat(person.get("links")).hasSize(3);
        assertThat(count("review_items")).isZero();
    }

    @Test
    void twoPersonsWithDifferentValidNiksLinkedByOneRecordGoToReviewInsteadOfMerging() {
        pushAccepted("dinkes-puskesmas", CLINIC.replace("\"A1\",", "\"A1\", \"nik\": \"3316094509870001\","));
        pushAccepted("dinsos-dtks", WELFARE.replace("\"B1\",", "\"B1\", \"nik\": \"3316094509870457\","));

        pushAccepted("disdik-dapodik", BRIDGE);

        assertThat(livePersons()).isEqualTo(2);
        assertThat(count("person_merges")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from feed_events where type = 'person.merged'", Long.class)).isZero();
        JsonNode item = onlyItem();
        assertThat(item.get("reason").asText()).isEqualTo("CONFLICTING_NIKS");
        assertThat(List.of(item.get("person_id").asText(), item.get("candidate_id").asText()))
                .containsExactlyInAnyOrder(personOfRecord("A1").toString(), personOfRecord("B1").toString());
    }

    @Test
    void personsAStewardKeptApartAreNeverMergedAgainAndAskedAboutOnce() {
        pushAccepted("dinkes-puskesmas", CLINIC);
        pushAccepted("dinsos-dtks", REVIEW.replace("}", ", \"kk_number\": \"" + KK + "\", \"phone\": \"" + PHONE + "\"}"));
        long item = onlyItem().get("id").asLong();
        assertThat(decide(item, "keep-apart", "different mothers according to the KK").status()).isEqualTo(200);

        pushAccepted("disdik-dapodik", BRIDGE);
        JsonNode asked = api().get("/api/v1/review-items?status=OPEN").json();
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).get("reason").asText()).isEqualTo("KEPT_APART");
        assertThat(decide(asked.get(0).get("id").asLong(), "keep-apart", "still two women").status()).isEqualTo(200);
        pushAccepted("dinsos-dtks", BRIDGE.replace("C1", "C2"));

        assertThat(livePersons()).isEqualTo(2);
        assertThat(count("person_merges")).isZero();
        JsonNode keptApart = api().get("/api/v1/review-items?reason=KEPT_APART").json();
        assertThat(keptApart).as("one item for the pair, however often records link it").hasSize(1);
        assertThat(List.of(keptApart.get(0).get("person_id").asText(), keptApart.get(0).get("candidate_id").asText()))
                .containsExactlyInAnyOrder(personOfRecord("A1").toString(), personOfRecord("R1").toString());
    }

    @Test
    void twinsLinkedByOneUndatedHouseholdRecordStayTwoPersons() {
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "T1", "full_name": "MUHAMMAD HASAN", "birth_date": "2010-03-14", "kk_number": "3316091203150007", "village_code": "3316091006", "phone": "081234567890"}
                {"source_record_id": "T2", "full_name": "MUHAMMAD ZAINAL", "birth_date": "2010-03-14", "kk_number": "3316091203150007", "village_code": "3316091006", "phone": "081234567890"}
                """);

        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "X1", "full_name": "MUHAMMAD", "kk_number": "3316091203150007", "village_code": "3316091006", "phone": "081234567890"}
                """);

        assertThat(livePersons()).isEqualTo(2);
        assertThat(personOfRecord("T1")).isNotEqualTo(personOfRecord("T2"));
        assertThat(count("person_merges")).isZero();
        assertThat(onlyItem().get("reason").asText()).isEqualTo("MULTIPLE_PERSONS");
    }

    @Test
    void aFatherAndSonOfOneNameLinkedByOneHouseholdRecordStayTwoPersons() {
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "F1", "full_name": "SUPARMAN", "birth_date": "1962-04-01", "kk_number": "3316091203150007", "village_code": "3316091006", "phone": "081234567890"}
                """);
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "F2", "full_name": "Suparman", "birth_date": "1991-11-20", "kk_number": "3316091203150007", "village_code": "3316091006", "phone": "081234567890"}
                """);

        pushAccepted("disdik-dapodik", """
                {"source_record_id": "F3", "full_name": "SUPARMAN", "kk_number": "3316091203150007", "village_code": "3316091006", "phone": "081234567890"}
                """);

        assertThat(livePersons()).isEqualTo(2);
        assertThat(personOfRecord("F1")).isNotEqualTo(personOfRecord("F2"));
        assertThat(count("person_merges")).isZero();
        assertThat(onlyItem().get("reason").asText()).isEqualTo("MULTIPLE_PERSONS");
    }

    @Test
    void twoWomenOfOneCommonNameInOneVillageStayTwoPersons() {
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "W1", "full_name": "SITI AMINAH", "birth_date": "1975-02-11", "sex": "P", "village_code": "3316091006"}
                """);
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "W2", "full_name": "Siti Aminah", "birth_date": "1998-07-30", "sex": "P", "village_code": "3316091006"}
                {"source_record_id": "W3", "full_name": "SITI AMINAH", "sex": "P", "village_code": "3316091006"}
                """);

        assertThat(personOfRecord("W1")).isNotEqualTo(personOfRecord("W2"));
        assertThat(count("person_merges")).isZero();
        assertThat(count("review_items")).isZero();
    }

    @Test
    void aStewardMergesAReviewItemTheOlderPersonSurvivesAndTheItemCannotBeDecidedAgain() {
        pushAccepted("dinkes-puskesmas", CLINIC);
        pushAccepted("dinsos-dtks", REVIEW);
        UUID older = personOfRecord("A1");
        UUID newer = personOfRecord("R1");
        long item = onlyItem().get("id").asLong();

        Api.Response merged = decide(item, "merge", "same mother and KK on paper");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("status").asText()).isEqualTo("MERGED");
        assertThat(merged.json().get("decided_by").asText()).startsWith("key:");
        assertThat(merged.json().get("decision_reason").asText()).isEqualTo("same mother and KK on paper");
        assertThat(merged.json().get("decided_at").isNull()).isFalse();
        assertThat(personOfRecord("R1")).isEqualTo(older);
        assertThat(jdbc.queryForObject("select merged_into from persons where id = ?", UUID.class, newer)).isEqualTo(older);
        assertThat(jdbc.queryForObject("select count(*) from feed_events where type = 'person.merged' and entity_id = ?", Long.class, older))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select review_item_id from person_merges", Long.class)).isEqualTo(item);

        Api.Response again = decide(item, "keep-apart", "changed my mind");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:sinkron:problem:review-item-decided");
    }

    @Test
    void aStewardKeepsAReviewItemApartAndTheItemCannotBeDecidedAgain() {
        pushAccepted("dinkes-puskesmas", CLINIC);
        pushAccepted("dinsos-dtks", REVIEW);
        long item = onlyItem().get("id").asLong();

        Api.Response kept = decide(item, "keep-apart", "born in another regency");

        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().get("status").asText()).isEqualTo("KEPT_APART");
        assertThat(jdbc.queryForObject("select review_item_id from person_kept_apart", Long.class)).isEqualTo(item);
        assertThat(livePersons()).isEqualTo(2);
        assertThat(api().get("/api/v1/review-items?status=OPEN").json()).isEmpty();
        assertThat(decide(item, "merge", "no").status()).isEqualTo(409);
    }

    @Test
    void aDecisionNeedsAKnownDecisionAndAReason() {
        pushAccepted("dinkes-puskesmas", CLINIC);
        pushAccepted("dinsos-dtks", REVIEW);
        long item = onlyItem().get("id").asLong();

        assertThat(decide(item, "maybe", "hmm").status()).isEqualTo(400);
        assertThat(api().post("/api/v1/review-items/" + item + "/decision", "application/json", "{\"decision\": \"merge\"}").status())
                .isEqualTo(400);
        assertThat(decide(999_999, "merge", "why").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/review-items?status=SOMETIMES").status()).isEqualTo(400);
        assertThat(onlyItem().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void reRunningABulkLoadGivesTheSamePersonsAndNoNewEvents() {
        String load = String.join("", CLINIC, WELFARE, BRIDGE, REVIEW, """
                {"source_record_id": "T1", "full_name": "MUHAMMAD HASAN", "birth_date": "2010-03-14", "kk_number": "3316091203150008", "village_code": "3316091006", "phone": "081298765432"}
                {"source_record_id": "T2", "full_name": "MUHAMMAD ZAINAL", "birth_date": "2010-03-14", "kk_number": "3316091203150008", "village_code": "3316091006", "phone": "081298765432"}
                {"source_record_id": "X1", "full_name": "MUHAMMAD", "kk_number": "3316091203150008", "village_code": "3316091006", "phone": "081298765432"}
                """);
        pushAccepted("dinsos-dtks", load);
        List<Map<String, Object>> persons = links();
        long events = count("feed_events");
        long items = count("review_items");
        assertThat(personOfRecord("A1")).as("the bridge merged the two persons the same load started").isEqualTo(personOfRecord("B1"));
        assertThat(personOfRecord("T1")).isNotEqualTo(personOfRecord("T2"));
        assertThat(items).as("the review band and the twins").isEqualTo(2);

        Api.Response again = api().push("dinsos-dtks", "application/x-ndjson", load);

        assertThat(again.json().at("/counts/unchanged").asInt()).isEqualTo(7);
        assertThat(links()).isEqualTo(persons);
        assertThat(count("feed_events")).isEqualTo(events);
        assertThat(count("review_items")).isEqualTo(items);
    }

    private Api.Response decide(long item, String decision, String reason) {
        return api().post("/api/v1/review-items/" + item + "/decision", "application/json",
                "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}");
    }

    private JsonNode onlyItem() {
        JsonNode items = api().get("/api/v1/review-items").json();
        assertThat(items).as(items.toString()).hasSize(1);
        return items.get(0);
    }

    private static JsonNode comparison(JsonNode detail, String name) {
        for (JsonNode c : detail.get("comparisons")) {
            if (c.get("comparison").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no comparison " + name + " in " + detail);
    }

    private List<Map<String, Object>> links() {
        return jdbc.queryForList("select source_record_id, person_id from source_records order by source_record_id");
    }

    private long livePersons() {
        return jdbc.queryForObject("select count(*) from persons where merged_into is null", Long.class);
    }

    private double metric(String name, Map<String, String> labels) {
        return new Prometheus(api()).value(name, labels);
    }
}
