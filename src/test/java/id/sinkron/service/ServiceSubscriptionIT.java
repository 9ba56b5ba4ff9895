package id.sinkron.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Service events reach the subscriptions that ask for them, filtered by region and stripped of NIKs not entitled. */
class ServiceSubscriptionIT extends IntegrationTest {

    private static final String NDJSON = "application/x-ndjson";

    @Test
    void aServiceSubscriptionGetsTheServicesOfPersonsInItsRegionWithTheAgencysRowIdButNoNikItIsNotEntitledTo() {
        long services = subscribe("\"entity_types\": [\"service\"], \"fields\": [\"full_name\", \"village_code\"], \"region_prefix\": \"33.16.09\"");
        long persons = subscribe("\"region_prefix\": \"33.16.09\"");
        pushPeopleAndServices();

        JsonNode events = events(services);

        assertThat(events).as("only the service of the person living in 33.16.09").hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.get("type").asText()).isEqualTo("id.sinkron.service.created");
        assertThat(event.at("/data/service/external_id").asText()).isEqualTo("PKH-001");
        assertThat(event.at("/data/service/status").asText()).isEqualTo("ACTIVE");
        assertThat(event.at("/data/service").has("person_nik")).as("not entitled to nik").isFalse();
        assertThat(event.at("/data/changed").has("person_nik")).isFalse();
        assertThat(event.at("/data/source_record_ids/0/source").asText()).isEqualTo("dinsos-bansos");
        assertThat(event.at("/data/source_record_ids/0/source_record_id").asText()).isEqualTo("B-1");
        assertThat(events(persons).findValuesAsText("type")).as("a person subscription stays one")
                .containsExactly("id.sinkron.person.created");
    }

    @Test
    void withoutARegionEveryServiceIsDeliveredTheUnresolvedOneIncludedAndTheNikToAnAgencyEntitledToIt() {
        long all = subscribe("\"entity_types\": [\"person\", \"service\"], \"event_types\": [\"service.created\"], \"fields\": [\"nik\"]");
        pushPeopleAndServices();

        JsonNode events = events(all);

        assertThat(events.findValuesAsText("type")).containsOnly("id.sinkron.service.created").hasSize(3);
        assertThat(events.findValuesAsText("person_nik")).contains("3316094509870001");
    }

    @Test
    void serviceEventTypesNeedTheServiceEntityType() {
        Api.Response refused = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas Sosial Kabupaten Blora", "delivery": "PULL", "event_types": ["service.updated"]}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("service.updated is not an event of the subscribed entity_types [person]");
    }

    /** One person in 33.16.09 with a service, one in 33.16.10 with a service, one service of an unknown person. */
    private void pushPeopleAndServices() {
        assertThat(api().push("dinsos-dtks", NDJSON, """
                {"source_record_id": "DTKS-1", "nik": "3316094509870001", "full_name": "SITI AMINAH", "village_code": "33.16.09.2001"}
                {"source_record_id": "DTKS-2", "full_name": "SARMIN", "village_code": "33.16.10.2001"}
                """).json().at("/counts/created").asInt()).isEqualTo(2);
        Api.Response pushed = api().push("dinsos-bansos", NDJSON, """
                {"source_record_id": "B-1", "service_type": "PKH", "external_id": "PKH-001", "status": "AKTIF", "person_nik": "3316094509870001"}
                {"source_record_id": "B-2", "service_type": "PKH", "external_id": "PKH-002", "status": "AKTIF", "person_source_record_id": "DTKS-2"}
                {"source_record_id": "B-3", "service_type": "PKH", "external_id": "PKH-003", "status": "AKTIF", "person_nik": "3316094509870002"}
                """);
        assertThat(pushed.json().at("/counts/created").asInt()).as(pushed.body()).isEqualTo(3);
    }

    private long subscribe(String extra) {
        Api.Response created = api().post("/api/v1/subscriptions?from_seq=1", "application/json",
                "{\"agency\": \"Dinas Sosial Kabupaten Blora\", \"delivery\": \"PULL\", " + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().at("/subscription/id").asLong();
    }

    private JsonNode events(long subscription) {
        return api().get("/api/v1/subscriptions/" + subscription + "/events?after=0").json().get("events");
    }
}
