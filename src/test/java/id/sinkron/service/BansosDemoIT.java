package id.sinkron.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README walk-through's service step: the shipped Dinsos bansos push after the Dukcapil file and the DTKS push. */
class BansosDemoIT extends IntegrationTest {

    private static final String NDJSON = "application/x-ndjson";

    @Test
    void theShippedBansosPushLinksServicesByNikAndByDtksRecordIdAndKeepsTheUnknownPersonsService() throws Exception {
        Files.copy(Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv"), DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/v1/sync-runs/1"),
                r -> r.status() == 200 && r.json().get("status").asText().equals("SUCCEEDED"));
        assertThat(api().push("dinsos-dtks", NDJSON, Files.readString(Path.of("config/demo/push/dinsos-dtks.ndjson"))).status()).isEqualTo(200);
        String bansos = Files.readString(Path.of("config/demo/push/dinsos-bansos.ndjson"));

        JsonNode run = push(bansos);

        assertThat(run.at("/counts/read").asInt()).isEqualTo(8);
        assertThat(run.at("/counts/created").asInt()).isEqualTo(6);
        assertThat(run.at("/counts/rejected").asInt()).isEqualTo(2);
        JsonNode imam = servicesOfNik("3316142909611481");
        assertThat(imam).singleElement().satisfies(s -> {
            assertThat(s.get("service_type").asText()).isEqualTo("BPNT");
            assertThat(s.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(s.at("/record/attributes/penyalur").asText()).isEqualTo("E-WARONG SRI REJEKI");
        });
        assertThat(servicesOfNik("3316020806683030").get(0).get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(servicesOfNik("3316042811822925").get(0).at("/record/end_date").asText()).isEqualTo("2025-12-31");
        // DTKS-00005 came without a NIK: only Dinsos' own record id finds her
        String susanti = jdbc.queryForObject(
                "select person_id::text from source_records where source = 'dinsos-dtks' and source_record_id = 'DTKS-00005'", String.class);
        JsonNode byRecordId = api().get("/api/v1/persons/" + susanti + "/services").json();
        assertThat(byRecordId).singleElement().satisfies(s -> {
            assertThat(s.get("external_id").asText()).isEqualTo("KKS-3316-000188");
            assertThat(s.at("/provenance/person_link").asText()).isEqualTo("SOURCE_RECORD");
        });
        assertThat(jdbc.queryForObject("select count(*) from services where person_id is null and external_id = 'KKS-3316-000412'",
                Long.class)).isEqualTo(1);
        JsonNode rejections = api().get("/api/v1/sync-runs/" + run.get("run_id").asLong() + "/rejections").json();
        assertThat(rejections.findValuesAsText("field")).containsExactly("status", "end_date");
        assertThat(api().get("/api/v1/feed/services").json().get("events")).hasSize(6);

        JsonNode again = push(bansos);

        assertThat(again.at("/counts/unchanged").asInt()).isEqualTo(6);
        assertThat(api().get("/api/v1/feed/services").json().get("events")).hasSize(6);
    }

    private JsonNode push(String ndjson) {
        Api.Response response = api().push("dinsos-bansos", NDJSON, ndjson);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode servicesOfNik(String nik) {
        JsonNode persons = api().get("/api/v1/persons?nik=" + nik).json();
        assertThat(persons).as(nik).hasSize(1);
        return api().get("/api/v1/persons/" + persons.get(0).get("id").asText() + "/services").json();
    }
}
