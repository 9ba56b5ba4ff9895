package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A steward merging two persons found to be one, and moving a wrongly linked record out (issue #3). The cases are
 * made with the exact-NIK linker, whose mistakes are the easiest to make on purpose: a record without NIK left as a
 * person of its own (to merge), another woman's record linked by a mistyped NIK alone (to unmerge). The same under
 * the probabilistic linker, with its blocking keys, is {@link PersonMergesProbabilisticIT}.
 */
@TestPropertySource(properties = "sinkron.match.linker=exact")
class PersonMergesIT extends IntegrationTest {

    @Autowired
    private PersonMerges merges;
    @Autowired
    private PlatformTransactionManager transactionManager;
    private TransactionTemplate transactions;

    private static final String PUSKESMAS = """
            {"source_record_id": "D1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "phone": "0812-2233-4455"}
            """;
    /** The same woman without her NIK: the exact-NIK linker cannot link it, so it starts a person of its own. */
    private static final String DTKS_WITHOUT_NIK = """
            {"source_record_id": "S1", "full_name": "Sri Wahyuni", "birth_date": "05-09-1987", "address": "Dk. Krajan RT 3 RW 1"}
            """;
    /** Another woman's record carrying the first one's NIK (a typing error at the agency): linked to her by NIK. */
    private static final String DTKS_WRONG_NIK = """
            {"source_record_id": "S2", "nik": "3316094509870002", "full_name": "SITI AMINAH", "birth_date": "1990-02-11", "address": "Dk. Ngampel RT 1 RW 2"}
            """;

    @Test
    void mergingMovesTheRecordsToTheSurvivorAndVersionsItsGoldenRecord() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        assertThat(retired).isNotEqualTo(surviving);

        Api.Response merged = merge(surviving, retired, "same name and birth date, checked with the village office");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("surviving_id").asText()).isEqualTo(surviving.toString());
        assertThat(merged.json().get("retired_id").asText()).isEqualTo(retired.toString());
        JsonNode person = api().get("/api/v1/persons/" + surviving).json();
        assertThat(person.get("version").asInt()).isEqualTo(2);
        assertThat(person.at("/record/address").asText()).isEqualTo("DK. KRAJAN RT 3 RW 1");
        assertThat(person.at("/provenance/address/source").asText()).isEqualTo("dinsos-dtks");
        assertThat(person.get("links").findValuesAsText("source_record_id")).containsExactlyInAnyOrder("D1", "S1");
        assertThat(person.has("resolved_from")).isFalse();
        JsonNode versions = api().get("/api/v1/persons/" + surviving + "/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).at("/changed/address/new").asText()).isEqualTo("DK. KRAJAN RT 3 RW 1");
        assertThat(versions.get(1).get("run_id").isNull()).as("a steward's version belongs to no run").isTrue();
    }

    @Test
    void aRetiredIdStillAnswersWithTheSurvivingPerson() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        merge(surviving, retired, "one woman");

        JsonNode person = api().get("/api/v1/persons/" + retired).json();
        assertThat(person.get("id").asText()).isEqualTo(surviving.toString());
        assertThat(person.get("resolved_from").asText()).isEqualTo(retired.toString());
        assertThat(api().get("/api/v1/persons/" + retired + "/versions").json()).hasSize(2);
        assertThat(api().get("/api/v1/persons/" + retired + "/links").json()).hasSize(2);
        assertThat(api().get("/api/v1/persons/" + retired + "/lineage?field=address").json().get("person_id").asText())
                .isEqualTo(surviving.toString());
    }

    @Test
    void theCrossReferenceAndTheNikSearchShowOnlyTheSurvivor() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        merge(surviving, retired, "one woman");

        String xref = api().get("/api/v1/xref/export").body();
        assertThat(xref).contains("dinsos-dtks,S1," + surviving).doesNotContain(retired.toString());
        JsonNode holders = api().get("/api/v1/persons?nik=3316094509870002").json();
        assertThat(holders).hasSize(1);
        assertThat(holders.get(0).get("id").asText()).isEqualTo(surviving.toString());
    }

    @Test
    void theFeedTellsSubscribersWhichPersonWasMergedIntoWhich() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        long before = head();

        merge(surviving, retired, "one woman");

        List<JsonNode> events = eventsAfter(before);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("person.updated", "person.merged");
        JsonNode mergedEvent = events.get(1);
        assertThat(mergedEvent.get("entity_id").asText()).isEqualTo(surviving.toString());
        assertThat(mergedEvent.get("entity_version").asInt()).isEqualTo(2);
        assertThat(mergedEvent.at("/changed/surviving_id").asText()).isEqualTo(surviving.toString());
        assertThat(mergedEvent.at("/changed/retired_id").asText()).isEqualTo(retired.toString());
        assertThat(mergedEvent.at("/changed/reason").asText()).isEqualTo("one woman");
        assertThat(events.get(0).at("/changed/address/new").asText()).isEqualTo("DK. KRAJAN RT 3 RW 1");
    }

    @Test
    void subscribersAreToldWhichIdToReplaceButNotTheStewardsReason() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        Api.Response subscribed = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas Sosial Kabupaten Blora", "delivery": "PULL", "event_types": ["person.merged"]}
                """);
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
        long subscription = subscribed.json().at("/subscription/id").asLong();

        merge(surviving, retired, "Ibu Sri said so at the village office");

        JsonNode events = api().get("/api/v1/subscriptions/" + subscription + "/events?after=0").json().get("events");
        assertThat(events).hasSize(1);
        JsonNode merged = events.get(0);
        assertThat(merged.get("type").asText()).isEqualTo("id.sinkron.person.merged");
        assertThat(merged.get("subject").asText()).isEqualTo(surviving.toString());
        assertThat(merged.at("/data/changed/surviving_id").asText()).isEqualTo(surviving.toString());
        assertThat(merged.at("/data/changed/retired_id").asText()).isEqualTo(retired.toString());
        assertThat(merged.toString()).doesNotContain("Ibu Sri");
    }

    @Test
    void theMergeLogSaysWhoMergedAndWhy() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        merge(surviving, retired, "same name and birth date");

        for (UUID asked : List.of(surviving, retired)) {
            JsonNode log = api().get("/api/v1/persons/" + asked + "/merges").json();
            assertThat(log).hasSize(1);
            assertThat(log.get(0).get("kind").asText()).isEqualTo("MERGE");
            assertThat(log.get(0).get("surviving_id").asText()).isEqualTo(surviving.toString());
            assertThat(log.get(0).get("retired_id").asText()).isEqualTo(retired.toString());
            assertThat(log.get(0).get("actor").asText()).startsWith("key:");
            assertThat(log.get(0).get("reason").asText()).isEqualTo("same name and birth date");
        }
    }

    @Test
    void aRetiredPersonCannotBeMergedAgain() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        merge(surviving, retired, "one woman");
        long events = count("feed_events");

        Api.Response again = merge(surviving, retired, "once more");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:sinkron:problem:merge-refused");
        assertThat(count("feed_events")).isEqualTo(events);
    }

    @Test
    void aMergeNeedsAReason() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);

        Api.Response response = api().post("/api/v1/persons/" + personOf("D1") + "/merge", "application/json",
                "{\"other\": \"" + personOf("S1") + "\", \"reason\": \"  \"}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("reason");
        assertThat(count("person_merges")).isZero();
    }

    @Test
    void unmergingMovesTheRecordToANewPersonAndVersionsBoth() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WRONG_NIK);
        UUID person = personOf("D1");
        assertThat(personOf("S2")).isEqualTo(person);
        long before = head();

        Api.Response response = unmerge(person, "dinsos-dtks", "S2", "another woman: the agency typed the wrong NIK");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("person_id").asText()).isEqualTo(person.toString());
        UUID fresh = UUID.fromString(response.json().get("new_person_id").asText());
        assertThat(personOf("S2")).isEqualTo(fresh);
        JsonNode split = api().get("/api/v1/persons/" + fresh).json();
        assertThat(split.at("/record/full_name").asText()).isEqualTo("SITI AMINAH");
        assertThat(split.get("links").findValuesAsText("source_record_id")).containsExactly("S2");
        JsonNode left = api().get("/api/v1/persons/" + person).json();
        assertThat(left.at("/record/full_name").asText()).isEqualTo("SRI WAHYUNI");
        assertThat(left.at("/record/address").isMissingNode() || left.at("/record/address").isNull()).isTrue();
        assertThat(left.get("links").findValuesAsText("source_record_id")).containsExactly("D1");
        assertThat(api().get("/api/v1/persons/" + person + "/versions").json()).hasSize(3);
        assertThat(eventsAfter(before)).extracting(e -> e.get("type").asText() + " " + e.get("entity_id").asText())
                .containsExactlyInAnyOrder("person.created " + fresh, "person.updated " + person);
        JsonNode log = api().get("/api/v1/persons/" + fresh + "/merges").json();
        assertThat(log.get(0).get("kind").asText()).isEqualTo("UNMERGE");
        assertThat(log.get(0).get("source_record_id").asText()).isEqualTo("S2");
    }

    @Test
    void unmergedPersonsAreKeptApart() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WRONG_NIK);
        UUID person = personOf("D1");
        UUID fresh = UUID.fromString(unmerge(person, "dinsos-dtks", "S2", "another woman").json().get("new_person_id").asText());

        Api.Response merged = merge(person, fresh, "they look alike");

        assertThat(merged.status()).as(merged.body()).isEqualTo(409);
        assertThat(merged.json().get("detail").asText()).contains("kept apart");
        assertThat(personOf("S2")).isEqualTo(fresh);
    }

    @Test
    void pushingTheSameRecordsAgainAfterAnUnmergeChangesNothing() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WRONG_NIK);
        UUID person = personOf("D1");
        UUID fresh = UUID.fromString(unmerge(person, "dinsos-dtks", "S2", "another woman").json().get("new_person_id").asText());
        long events = count("feed_events");

        Api.Response again = push("dinsos-dtks", DTKS_WRONG_NIK);
        push("dinkes-puskesmas", PUSKESMAS);

        assertThat(again.json().at("/counts/unchanged").asInt()).isEqualTo(1);
        assertThat(personOf("S2")).isEqualTo(fresh);
        assertThat(personOf("D1")).isEqualTo(person);
        assertThat(count("feed_events")).isEqualTo(events);
    }

    @Test
    void anUpdatedRecordStaysWithThePersonItWasMovedTo() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WRONG_NIK);
        UUID person = personOf("D1");
        UUID fresh = UUID.fromString(unmerge(person, "dinsos-dtks", "S2", "another woman").json().get("new_person_id").asText());
        long before = head();

        push("dinsos-dtks", DTKS_WRONG_NIK.replace("Dk. Ngampel RT 1 RW 2", "Dk. Ngampel RT 4 RW 2"));

        assertThat(personOf("S2")).isEqualTo(fresh);
        assertThat(api().get("/api/v1/persons/" + fresh).json().at("/record/address").asText()).isEqualTo("DK. NGAMPEL RT 4 RW 2");
        assertThat(eventsAfter(before)).extracting(e -> e.get("type").asText() + " " + e.get("entity_id").asText())
                .containsExactly("person.updated " + fresh);
    }

    @Test
    void aPersonsOnlyRecordCannotBeMovedOut() {
        push("dinkes-puskesmas", PUSKESMAS);

        Api.Response response = unmerge(personOf("D1"), "dinkes-puskesmas", "D1", "a mistake");

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(count("persons")).isEqualTo(1);
    }

    @Test
    void aRecordOfAnotherPersonCannotBeMovedOutOfThisOne() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);

        Api.Response response = unmerge(personOf("D1"), "dinsos-dtks", "S1", "a mistake");

        assertThat(response.status()).as(response.body()).isEqualTo(404);
    }

    @Test
    void anUnmergeNeedsAReason() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WRONG_NIK);

        Api.Response response = api().post("/api/v1/persons/" + personOf("D1") + "/unmerge", "application/json",
                "{\"source\": \"dinsos-dtks\", \"source_record_id\": \"S2\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(personOf("S2")).isEqualTo(personOf("D1"));
    }

    @Test
    void aPersonMergedIntoOneThatIsMergedLaterResolvesToTheLastSurvivor() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        push("dinkes-puskesmas", """
                {"source_record_id": "D2", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "village_code": "3316091006"}
                """);
        UUID first = personOf("S1");
        UUID second = personOf("D1");
        UUID last = personOf("D2");
        merge(second, first, "one woman");

        merge(last, second, "one woman, a third record");

        JsonNode person = api().get("/api/v1/persons/" + first).json();
        assertThat(person.get("id").asText()).isEqualTo(last.toString());
        assertThat(person.get("resolved_from").asText()).isEqualTo(first.toString());
        assertThat(person.get("links").findValuesAsText("source_record_id")).containsExactlyInAnyOrder("D1", "D2", "S1");
        assertThat(api().get("/api/v1/persons/" + last + "/merges").json().findValuesAsText("retired_id"))
                .containsExactly(first.toString(), second.toString());
    }

    @Test
    void personsKeptApartFromARetiredPersonAreKeptApartFromItsSurvivor() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WRONG_NIK + DTKS_WITHOUT_NIK);
        UUID person = personOf("D1");
        UUID fresh = UUID.fromString(unmerge(person, "dinsos-dtks", "S2", "another woman").json().get("new_person_id").asText());
        UUID survivor = personOf("S1");
        assertThat(merge(survivor, person, "one woman").status()).isEqualTo(200);

        Api.Response merged = merge(survivor, fresh, "they look alike");

        assertThat(merged.status()).as(merged.body()).isEqualTo(409);
    }

    @Test
    void theServicesOfARetiredPersonAreListedWithItsSurvivor() {
        push("dinkes-puskesmas", PUSKESMAS);
        push("dinsos-dtks", DTKS_WITHOUT_NIK);
        push("dinsos-bansos", """
                {"source_record_id": "B-1", "service_type": "PKH", "external_id": "PKH-001", "status": "AKTIF", "start_date": "2024-01-15", "person_source_record_id": "S1"}
                """);
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");

        merge(surviving, retired, "one woman");

        JsonNode services = api().get("/api/v1/persons/" + surviving + "/services").json();
        assertThat(services).hasSize(1);
        assertThat(services.get(0).get("external_id").asText()).isEqualTo("PKH-001");
        assertThat(api().get("/api/v1/persons/" + retired + "/services").json()).hasSize(1);
    }

    @Test
    void aMergeInIngestionLeavesItsEventsToTheBatch() {
        push("dinkes-puskesmas", PUSKESMAS);
        long runId = push("dinsos-dtks", DTKS_WITHOUT_NIK).json().get("run_id").asLong();
        UUID surviving = personOf("D1");
        UUID retired = personOf("S1");
        long events = count("feed_events");

        MergeOutcome outcome = transactions.execute(tx -> merges.mergeInBatch(surviving, retired, "sinkron", "one record links both", runId));

        assertThat(outcome.events()).extracting(e -> e.type()).containsExactly("person.updated", "person.merged");
        assertThat(outcome.events()).allSatisfy(e -> assertThat(e.runId()).isEqualTo(runId));
        assertThat(count("feed_events")).as("appended by the batch, not by the merge").isEqualTo(events);
        assertThat(personOf("S1")).isEqualTo(surviving);
        assertThat(jdbc.queryForObject("select run_id from person_merges", Long.class)).isEqualTo(runId);
    }

    @BeforeEach
    void transactions() {
        transactions = new TransactionTemplate(transactionManager);
    }

    private Api.Response merge(UUID surviving, UUID other, String reason) {
        return api().post("/api/v1/persons/" + surviving + "/merge", "application/json",
                "{\"other\": \"" + other + "\", \"reason\": \"" + reason + "\"}");
    }

    private Api.Response unmerge(UUID person, String source, String sourceRecordId, String reason) {
        return api().post("/api/v1/persons/" + person + "/unmerge", "application/json",
                "{\"source\": \"" + source + "\", \"source_record_id\": \"" + sourceRecordId + "\", \"reason\": \"" + reason + "\"}");
    }

    private Api.Response push(String source, String ndjson) {
        Api.Response response = api().push(source, "application/x-ndjson", ndjson);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/counts/rejected").asInt()).as(response.body()).isZero();
        return response;
    }

    private UUID personOf(String sourceRecordId) {
        return jdbc.queryForObject("select person_id from source_records where source_record_id = ?", UUID.class, sourceRecordId);
    }

    private long head() {
        return api().get("/api/v1/feed/persons?limit=1").json().get("head").asLong();
    }

    private List<JsonNode> eventsAfter(long after) {
        List<JsonNode> events = new ArrayList<>();
        api().get("/api/v1/feed/persons?after=" + after + "&limit=1000").json().get("events").forEach(events::add);
        return events;
    }
}
