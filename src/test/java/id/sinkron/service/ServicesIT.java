package id.sinkron.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Service records pushed to the shipped {@code dinsos-bansos} source, linked to persons of {@code dinsos-dtks}. */
class ServicesIT extends IntegrationTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String SITI = """
            {"source_record_id": "DTKS-1", "nik": "3316094509870001", "full_name": "SITI AMINAH"}
            """;
    private static final String SARMIN = """
            {"source_record_id": "DTKS-2", "full_name": "SARMIN"}
            """;

    @Test
    void aNewServiceIsCreatedForThePersonWithItsNikWithVersionOneAndAnEvent() {
        pushPersons(SITI);

        JsonNode run = push(service("B-1", "PKH", "PKH-001", "AKTIF", "\"person_nik\": \"3316094509870001\""));

        assertThat(run.at("/counts/created").asInt()).as(run.toString()).isEqualTo(1);
        JsonNode services = servicesOf("3316094509870001");
        assertThat(services).hasSize(1);
        JsonNode pkh = services.get(0);
        assertThat(pkh.get("agency").asText()).isEqualTo("Dinas Sosial Kabupaten Blora");
        assertThat(pkh.get("service_type").asText()).isEqualTo("PKH");
        assertThat(pkh.get("external_id").asText()).isEqualTo("PKH-001");
        assertThat(pkh.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(pkh.get("version").asInt()).isEqualTo(1);
        assertThat(pkh.at("/record/start_date").asText()).isEqualTo("2024-01-15");
        assertThat(pkh.at("/provenance/source_record_id").asText()).isEqualTo("B-1");
        assertThat(pkh.at("/provenance/person_link").asText()).isEqualTo("NIK");
        JsonNode feed = api().get("/api/v1/feed/services").json().get("events");
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("type").asText()).isEqualTo("service.created");
        assertThat(feed.get(0).get("entity_id").asText()).isEqualTo(pkh.get("id").asText());
        assertThat(feed.get(0).at("/changed/status/new").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aStatusChangeIsVersionTwoAndAServiceUpdatedEvent() {
        pushPersons(SITI);
        push(service("B-1", "PKH", "PKH-001", "AKTIF", "\"person_nik\": \"3316094509870001\""));

        JsonNode run = push(service("B-1", "PKH", "PKH-001", "DITANGGUHKAN", "\"person_nik\": \"3316094509870001\""));

        assertThat(run.at("/counts/updated").asInt()).isEqualTo(1);
        JsonNode pkh = servicesOf("3316094509870001").get(0);
        assertThat(pkh.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(pkh.get("version").asInt()).isEqualTo(2);
        JsonNode versions = api().get("/api/v1/services/" + pkh.get("id").asText() + "/versions").json();
        assertThat(versions.findValuesAsText("version")).containsExactly("1", "2");
        assertThat(versions.get(1).at("/changed/status/old").asText()).isEqualTo("ACTIVE");
        JsonNode events = api().get("/api/v1/feed/services").json().get("events");
        assertThat(events.findValuesAsText("type")).containsExactly("service.created", "service.updated");
        assertThat(events.get(1).at("/changed/status/new").asText()).isEqualTo("SUSPENDED");
        assertThat(events.get(1).get("changed").size()).as("only the status changed").isEqualTo(1);
    }

    @Test
    void theSameRecordAgainIsUnchangedAndAnnouncesNothing() {
        pushPersons(SITI);
        String body = service("B-1", "PKH", "PKH-001", "AKTIF", "\"person_nik\": \"3316094509870001\"");
        push(body);
        long events = count("feed_events");

        JsonNode again = push(body);

        assertThat(again.at("/counts/unchanged").asInt()).isEqualTo(1);
        assertThat(again.at("/counts/created").asInt() + again.at("/counts/updated").asInt()).isZero();
        assertThat(count("feed_events")).isEqualTo(events);
        assertThat(count("service_versions")).isEqualTo(1);
    }

    @Test
    void oneServiceIsKeptPerAgencyTypeAndExternalIdWhicheverRowSendsIt() {
        pushPersons(SITI);
        push(service("B-1", "BPNT", "KKS-7", "AKTIF", "\"person_nik\": \"3316094509870001\""));

        // a later export numbers its rows anew; the enrolment is the same, and it ended
        JsonNode second = push(service("ROW-99", "BPNT", "KKS-7", "KELUAR", "\"person_nik\": \"3316094509870001\"")
                + service("ROW-100", "PKH", "KKS-7", "AKTIF", "\"person_nik\": \"3316094509870001\""));

        assertThat(second.at("/counts/updated").asInt()).isEqualTo(1);
        assertThat(second.at("/counts/created").asInt()).as("another service type is another service").isEqualTo(1);
        assertThat(count("services")).isEqualTo(2);
        JsonNode bpnt = jdbcService("BPNT", "KKS-7");
        assertThat(bpnt.get("status").asText()).isEqualTo("ENDED");
        assertThat(bpnt.get("version").asInt()).isEqualTo(2);
        assertThat(bpnt.at("/provenance/source_record_id").asText()).isEqualTo("ROW-99");
    }

    @Test
    void thePersonIsFoundByTheAgencysOwnRecordIdThroughTheCrossReference() {
        pushPersons(SARMIN);

        push(service("B-1", "BPNT", "KKS-1", "1", "\"person_source_record_id\": \"DTKS-2\""));

        String sarmin = jdbc.queryForObject("select person_id::text from source_records where source_record_id = 'DTKS-2'", String.class);
        JsonNode services = api().get("/api/v1/persons/" + sarmin + "/services").json();
        assertThat(services).hasSize(1);
        assertThat(services.get(0).get("person_id").asText()).isEqualTo(sarmin);
        assertThat(services.get(0).at("/record/person_source").asText()).as("the source's person-source").isEqualTo("dinsos-dtks");
        assertThat(services.get(0).at("/provenance/person_link").asText()).isEqualTo("SOURCE_RECORD");
    }

    @Test
    void aServiceWhosePersonIsUnknownIsKeptWithAWarningAndLinkedWhenThePersonArrives() {
        String body = service("B-1", "PKH", "PKH-001", "AKTIF", "\"person_nik\": \"3316094509870001\"");
        JsonNode first = push(body);

        assertThat(first.at("/counts/created").asInt()).isEqualTo(1);
        JsonNode waiting = jdbcService("PKH", "PKH-001");
        assertThat(waiting.get("person_id").isNull()).isTrue();
        assertThat(waiting.get("warnings").get(0).asText()).contains("no person with NIK 3316094509870001");
        assertThat(waiting.at("/provenance/person_link").asText()).isEqualTo("UNRESOLVED");

        long personRun = api().push("dinsos-dtks", NDJSON, SITI).json().get("run_id").asLong();

        JsonNode linked = servicesOf("3316094509870001").get(0);
        assertThat(linked.get("version").asInt()).isEqualTo(2);
        assertThat(linked.get("warnings")).isEmpty();
        assertThat(linked.at("/provenance/person_link").asText()).isEqualTo("NIK");
        JsonNode update = api().get("/api/v1/feed/services").json().get("events").get(1);
        assertThat(update.get("type").asText()).isEqualTo("service.updated");
        assertThat(update.get("run_id").asLong()).as("linked by the person's run").isEqualTo(personRun);
        assertThat(update.at("/changed/person_id/old").isNull()).isTrue();
        assertThat(update.at("/changed/person_id/new").asText()).isEqualTo(linked.get("person_id").asText());
        assertThat(update.get("seq").asLong()).as("after the person's own event")
                .isGreaterThan(api().get("/api/v1/feed/persons").json().at("/events/0/seq").asLong());

        JsonNode again = push(body);
        assertThat(again.at("/counts/unchanged").asInt()).as("the same enrolment, still with its person").isEqualTo(1);
        assertThat(count("service_versions")).isEqualTo(2);
    }

    @Test
    void aServiceWaitingForTheAgencysPersonRecordIsLinkedWhenThatRecordArrives() {
        push(service("B-1", "BPNT", "KKS-1", "1", "\"person_source_record_id\": \"DTKS-2\""));
        assertThat(jdbcService("BPNT", "KKS-1").get("warnings").get(0).asText()).contains("no person is known for dinsos-dtks record DTKS-2");

        pushPersons(SARMIN);

        String sarmin = jdbc.queryForObject("select person_id::text from source_records where source_record_id = 'DTKS-2'", String.class);
        assertThat(jdbcService("BPNT", "KKS-1").get("person_id").asText()).isEqualTo(sarmin);
    }

    @Test
    void badRowsAreRejectedWithEveryReasonAndTheRunGoesOn() {
        JsonNode run = push(service("B-1", "PKH", "PKH-001", "DIBEKUKAN", "\"person_nik\": \"3316094509870000\"")
                + service("B-2", "PKH", "PKH-002", "AKTIF", "\"person_source\": \"dukcapil-blora\", \"person_source_record_id\": \"P-1\"")
                + "{\"source_record_id\": \"B-3\", \"service_type\": \"PKH\", \"external_id\": \"PKH-003\", \"status\": \"AKTIF\","
                + " \"start_date\": \"2025-01-01\", \"end_date\": \"2024-01-01\", \"person_nik\": \"3316094509870001\"}\n"
                + service("B-4", "PKH", "PKH-004", "AKTIF", "\"person_nik\": \"3316094509870001\""));

        assertThat(run.at("/counts/rejected").asInt()).isEqualTo(3);
        assertThat(run.at("/counts/created").asInt()).isEqualTo(1);
        JsonNode rejections = api().get("/api/v1/sync-runs/" + run.get("run_id").asLong() + "/rejections").json();
        assertThat(rejections.get(0).findValuesAsText("field")).containsExactlyInAnyOrder("status", "person_nik");
        assertThat(rejections.get(0).toString()).contains("unknown status code 'DIBEKUKAN'");
        assertThat(rejections.get(1).at("/reasons/0/field").asText()).isEqualTo("person_source");
        assertThat(rejections.get(2).at("/reasons/0/field").asText()).isEqualTo("end_date");
        assertThat(rejections.get(2).at("/reasons/0/message").asText()).isEqualTo("must not be before start_date");
    }

    @Test
    void theFeedsOfPersonsAndServicesAreSeparateReadsOfOneSequence() {
        pushPersons(SITI);
        push(service("B-1", "PKH", "PKH-001", "AKTIF", "\"person_nik\": \"3316094509870001\""));

        JsonNode persons = api().get("/api/v1/feed/persons").json();
        JsonNode services = api().get("/api/v1/feed/services").json();

        assertThat(persons.get("events").findValuesAsText("type")).containsExactly("person.created");
        assertThat(services.get("events").findValuesAsText("type")).containsExactly("service.created");
        assertThat(services.at("/events/0/seq").asLong()).isEqualTo(2);
        assertThat(persons.get("head").asLong()).isEqualTo(2);
        assertThat(api().get("/api/v1/feed/services?after=2").json().get("events")).isEmpty();
    }

    @Test
    void unknownPersonsAndServicesAreNotFoundProblems() {
        Api.Response person = api().get("/api/v1/persons/0190b6d0-0000-7000-8000-000000000000/services");
        Api.Response service = api().get("/api/v1/services/0190b6d0-0000-7000-8000-000000000000");

        assertThat(person.status()).isEqualTo(404);
        assertThat(person.contentType()).startsWith("application/problem+json");
        assertThat(person.json().get("type").asText()).isEqualTo("urn:sinkron:problem:not-found");
        assertThat(service.status()).isEqualTo(404);
        assertThat(service.json().get("detail").asText()).contains("no service");
    }

    private void pushPersons(String ndjson) {
        Api.Response response = api().push("dinsos-dtks", NDJSON, ndjson);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/counts/rejected").asInt()).as(response.body()).isZero();
    }

    private JsonNode push(String ndjson) {
        Api.Response response = api().push("dinsos-bansos", NDJSON, ndjson);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode servicesOf(String nik) {
        JsonNode persons = api().get("/api/v1/persons?nik=" + nik).json();
        assertThat(persons).hasSize(1);
        return api().get("/api/v1/persons/" + persons.get(0).get("id").asText() + "/services").json();
    }

    private JsonNode jdbcService(String type, String externalId) {
        String id = jdbc.queryForObject("select id::text from services where service_type = ? and external_id = ?", String.class, type, externalId);
        return api().get("/api/v1/services/" + id).json();
    }

    private static String service(String rowId, String type, String externalId, String status, String person) {
        return "{\"source_record_id\": \"" + rowId + "\", \"service_type\": \"" + type + "\", \"external_id\": \"" + externalId
                + "\", \"status\": \"" + status + "\", \"start_date\": \"2024-01-15\", " + person + "}\n";
    }
}
