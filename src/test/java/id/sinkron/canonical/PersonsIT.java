package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PersonsIT extends IntegrationTest {

    private static final String DUKCAPIL_STYLE = """
            {"source_record_id": "D1", "nik": "3316094509870002", "kk_number": "3316091203150007", "full_name": "Hj. Sri Wahyuni, S.Pd.", "birth_date": "05-09-1987", "sex": "PEREMPUAN", "phone": "0812-2233-4455", "village_code": "3316091006", "rt": "3"}
            """;
    // with the birth date: under the probabilistic linker (the default) one NIK and one name alone weigh 10.7, a pair
    // for review below the link threshold of 12, so the record would start a second person
    private static final String DINSOS_STYLE = """
            {"source_record_id": "S9", "nik": "3316 0945 0987 0002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "address": "Dk. Krajan RT 3 RW 1"}
            """;

    @Test
    void recordsSharingAValidNikLinkToOnePersonWithProvenancePerField() {
        api().push("dinkes-puskesmas", "application/x-ndjson", DUKCAPIL_STYLE);
        api().push("dinsos-dtks", "application/x-ndjson", DINSOS_STYLE);

        JsonNode found = api().get("/api/v1/persons?nik=3316094509870002").json();
        assertThat(found).hasSize(1);
        JsonNode person = found.get(0);
        assertThat(person.at("/record/full_name").asText()).isEqualTo("SRI WAHYUNI");
        assertThat(person.at("/record/name_titles").toString()).isEqualTo("[\"HJ.\",\"S.PD.\"]");
        assertThat(person.at("/record/phone").asText()).isEqualTo("+6281222334455");
        assertThat(person.at("/record/village_code").asText()).isEqualTo("33.16.09.1006");
        assertThat(person.at("/record/rt").asText()).isEqualTo("003");
        assertThat(person.at("/provenance/address/source").asText()).isEqualTo("dinsos-dtks");
        assertThat(person.at("/provenance/phone/source").asText()).isEqualTo("dinkes-puskesmas");
        assertThat(person.get("links").findValuesAsText("link_rule")).containsExactlyInAnyOrder("probabilistic", "probabilistic");
        assertThat(count("persons")).isEqualTo(1);

        JsonNode byId = api().get("/api/v1/persons/" + person.get("id").asText()).json();
        assertThat(byId.get("links")).hasSize(2);
    }

    @Test
    void aNikThatDisagreesWithTheBirthDateIsAcceptedWithAWarning() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "W1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-06", "sex": "L"}
                """);

        JsonNode link = api().get("/api/v1/persons?nik=3316094509870002").json().get(0).get("links").get(0);
        assertThat(link.get("warnings")).hasSize(2);
    }

    /**
     * Review finding 4: a known record whose NIK changed to another person's NIK stayed with its person, leaving
     * two persons with one NIK and nothing to say why.
     */
    @Test
    void aKnownRecordWhoseNikChangesToAnotherPersonsNikStaysWithItsPersonWithAWarning() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI"}
                {"source_record_id": "S2", "nik": "3316090101900001", "full_name": "BUDI SANTOSO"}
                """);

        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316090101900001", "full_name": "SRI WAHYUNI"}
                """);

        JsonNode holders = api().get("/api/v1/persons?nik=3316090101900001").json();
        assertThat(holders).hasSize(2);
        assertThat(count("persons")).isEqualTo(2);
        assertThat(linkOf(holders, "S1").get("warnings")).extracting(JsonNode::asText).containsExactly(
                "NIK changed from 3316094509870002 to 3316090101900001, which another person holds; kept with its person");
        assertThat(linkOf(holders, "S2").get("warnings")).isEmpty();
    }

    @Test
    void theNikChangeWarningStaysWhileTheRecordKeepsThatNik() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI"}
                {"source_record_id": "S2", "nik": "3316090101900001", "full_name": "BUDI SANTOSO"}
                """);
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316090101900001", "full_name": "SRI WAHYUNI"}
                """);

        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316090101900001", "full_name": "SRI WAHYUNI", "phone": "0812-2233-4455"}
                """);

        JsonNode holders = api().get("/api/v1/persons?nik=3316090101900001").json();
        assertThat(linkOf(holders, "S1").get("warnings")).extracting(JsonNode::asText).singleElement().asString()
                .startsWith("NIK changed from 3316094509870002 to 3316090101900001");
    }

    /**
     * Review finding 7: stored provenance never compared equal to the computed one (a map against records), so
     * every person a record touched was written again even when nothing of it changed.
     */
    @Test
    void aRecordWhoseValuesAllLoseLeavesItsPersonUntouched() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "phone": "0812-2233-4455"}
                """);
        // the birth date makes the probabilistic linker (the default) link it, as the exact one did by NIK alone
        api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "P1", "nik": "3316094509870002", "full_name": "SRI WAHYU", "birth_date": "1987-09-05"}
                """);
        String before = jdbc.queryForObject("select xmin::text || ' ' || version || ' ' || updated_at from persons", String.class);
        long versions = count("person_versions");
        long events = count("feed_events");

        // dinkes (trust 40) changes a name that loses to dinsos' (trust 50): the golden record and its provenance stay
        Api.Response response = api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "P1", "nik": "3316094509870002", "full_name": "SRI WAHYUNINGSIH", "birth_date": "1987-09-05"}
                """);

        assertThat(response.json().at("/counts/updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select xmin::text || ' ' || version || ' ' || updated_at from persons", String.class))
                .isEqualTo(before);
        assertThat(count("person_versions")).isEqualTo(versions);
        assertThat(count("feed_events")).isEqualTo(events);
    }

    private static JsonNode linkOf(JsonNode persons, String sourceRecordId) {
        for (JsonNode person : persons) {
            for (JsonNode link : person.get("links")) {
                if (link.get("source_record_id").asText().equals(sourceRecordId)) {
                    return link;
                }
            }
        }
        throw new AssertionError("no link of " + sourceRecordId + " in " + persons);
    }

    @Test
    void aNikOfTheWrongLengthIsA400Problem() {
        Api.Response response = api().get("/api/v1/persons?nik=12345");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:bad-request");
        assertThat(response.json().get("detail").asText()).isEqualTo("nik must be 16 digits");
    }

    @Test
    void anUnknownPersonIsA404Problem() {
        Api.Response response = api().get("/api/v1/persons/0190a6d2-0000-7000-8000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedPersonIdIsA400Problem() {
        Api.Response response = api().get("/api/v1/persons/not-a-uuid");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theCrossReferenceExportsAsCsvForAuditors() {
        api().push("dinkes-puskesmas", "application/x-ndjson", DUKCAPIL_STYLE);
        api().push("dinsos-dtks", "application/x-ndjson", DINSOS_STYLE);
        String personId = api().get("/api/v1/persons?nik=3316094509870002").json().get(0).get("id").asText();

        Api.Response export = api().get("/api/v1/xref/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("source,source_record_id,canonical_id,link_rule,score");
        assertThat(lines[1]).isEqualTo("dinkes-puskesmas,D1," + personId + ",probabilistic,");
        assertThat(lines[2]).matches("dinsos-dtks,S9," + personId + ",probabilistic,\\d+\\.\\d+");
    }

    @Test
    void syncRunsAreListedNewestFirstWithTheirCounts() {
        api().push("dinkes-puskesmas", "application/x-ndjson", DUKCAPIL_STYLE);
        api().push("dinsos-dtks", "application/x-ndjson", DINSOS_STYLE + "{\"source_record_id\": \"S10\"}\n");

        JsonNode runs = api().get("/api/v1/sync-runs").json();

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("source").asText()).isEqualTo("dinsos-dtks");
        assertThat(runs.get(0).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(runs.get(0).get("trigger").asText()).isEqualTo("PUSH");
        assertThat(runs.get(0).at("/counts/read").asInt()).isEqualTo(2);
        assertThat(runs.get(0).at("/counts/rejected").asInt()).isEqualTo(1);
        assertThat(runs.get(0).get("ended_at").isNull()).isFalse();
        assertThat(api().get("/api/v1/sync-runs?source=dinkes-puskesmas").json()).hasSize(1);
    }
}
