package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NIK and KK numbers reach in clear only who is entitled to them: stewards, and agencies whose entitlements
 * (config/agencies) list them. Everyone else gets 3316xxxxxxxx0002, in every API and export.
 */
class MaskingIT extends IntegrationTest {

    private static final String NIK = "3316094509870002";
    private static final String KK = "3316092001090003";
    private static final String NIK_MASKED = "3316xxxxxxxx0002";
    private static final String KK_MASKED = "3316xxxxxxxx0003";

    private Api steward;
    private Api auditor;
    private String person;

    @BeforeEach
    void aPersonWithNikAndKk() {
        steward = api().as(Keys.issue(api(), Role.STEWARD, null));
        auditor = api().as(Keys.issue(api(), Role.AUDITOR, null));
        // the agency uses the NIK as its record id, as many do
        Api.Response pushed = api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "%s", "nik": "%s", "kk_number": "%s", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P"}
                {"source_record_id": "R-1", "nik": "3316094509870000", "full_name": "REJECTED"}
                """.formatted(NIK, NIK, KK));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        person = jdbc.queryForObject("select id::text from persons", String.class);
    }

    @Test
    void aStewardSeesIdentityNumbersInClear() {
        JsonNode view = steward.get("/api/v1/persons/" + person).json();

        assertThat(view.at("/record/nik").asText()).isEqualTo(NIK);
        assertThat(view.at("/record/kk_number").asText()).isEqualTo(KK);
    }

    @Test
    void anAuditorSeesThemMaskedInPersonsVersionsFeedAndRejections() {
        String runs = auditor.get("/api/v1/sync-runs").body();
        long run = auditor.get("/api/v1/sync-runs").json().get(0).get("id").asLong();
        String[] bodies = {
            auditor.get("/api/v1/persons/" + person).body(),
            auditor.get("/api/v1/persons?nik=" + NIK).body(),
            auditor.get("/api/v1/persons/" + person + "/versions").body(),
            auditor.get("/api/v1/feed/persons").body(),
            auditor.get("/api/v1/sync-runs/" + run + "/rejections").body(),
            runs};

        for (String body : bodies) {
            assertThat(body).doesNotContain(NIK, KK, "3316094509870000");
        }
        assertThat(bodies[0]).contains(NIK_MASKED, KK_MASKED);
        assertThat(bodies[4]).contains("3316xxxxxxxx0000");
    }

    @Test
    void aMalformedNikOfARejectedDemoRowIsMaskedInTheRejectionsAndTheirCsvIssue7(@TempDir Path temp) throws Exception {
        // row 22 of the demo Dukcapil extract holds a NIK a digit short: rejected, so shown to whoever reviews runs
        Path staged = temp.resolve("penduduk-blora-2026-11.csv");
        Files.copy(Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv"), staged);
        Files.move(staged, DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"));
        long run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForList(
                "select id from sync_runs where source = 'dukcapil-blora' and status <> 'RUNNING'", Long.class), r -> !r.isEmpty()).get(0);

        String json = auditor.get("/api/v1/sync-runs/" + run + "/rejections").body();
        String csv = auditor.get("/api/v1/sync-runs/" + run + "/rejections.csv").body();

        assertThat(json).doesNotContain("331610561208140").contains("3316xxxxxxx8140");
        assertThat(csv).doesNotContain("331610561208140").contains("3316xxxxxxx8140");
        // a steward who also administers runs (the test's own key) sees what to fix
        assertThat(api().get("/api/v1/sync-runs/" + run + "/rejections.csv").body()).contains("331610561208140");
    }

    @Test
    void aNikFieldIsMaskedWhateverItHoldsUnderItsNativeName() {
        // Dukcapil's own column names (config/sources/dukcapil-blora.yml): a NIK far too short, a KK with a letter O
        Api.Response pushed = api().push("dukcapil-blora", "application/x-ndjson", """
                {"ID_PDDK": "P-9", "NIK": "33160945", "NO_KK": "3316O92001090003", "NAMA_LGKP": "SRI"}
                """);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        long run = pushed.json().get("run_id").asLong();

        JsonNode rejection = auditor.get("/api/v1/sync-runs/" + run + "/rejections").json().get(0);
        String csv = auditor.get("/api/v1/sync-runs/" + run + "/rejections.csv").body();

        assertThat(rejection.get("payload").asText()).doesNotContain("33160945", "3316O92001090003").contains("\"NAMA_LGKP\":\"SRI\"");
        assertThat(csv).doesNotContain("33160945", "3316O92001090003");
        assertThat(api().get("/api/v1/sync-runs/" + run + "/rejections").body()).contains("33160945");
    }

    @Test
    void theColumnNamesOfAMappingAreNoIdentityNumbers() {
        JsonNode dukcapil = auditor.get("/api/v1/sources").json().get("sources").findParents("id").stream()
                .filter(s -> s.get("id").asText().equals("dukcapil-blora")).findFirst().orElseThrow();

        assertThat(dukcapil.at("/mapping/nik").asText()).isEqualTo("NIK");
        assertThat(dukcapil.at("/mapping/kk_number").asText()).isEqualTo("NO_KK");
    }

    @Test
    void theCrossReferenceExportMasksRecordIdsThatAreNiks() {
        assertThat(auditor.get("/api/v1/xref/export").body()).contains(NIK_MASKED).doesNotContain(NIK);
        assertThat(steward.get("/api/v1/xref/export").body()).contains(NIK);
    }

    @Test
    void anAgencyReceivesOnlyItsEntitledFieldsWithNumbersItMayNotSeeMasked() {
        // Dinas Kesehatan may see NIKs but no KK; Dinas Pendidikan neither (config/agencies)
        JsonNode health = pull(Keys.issue(api(), Role.AGENCY, "Dinas Kesehatan Kabupaten Blora"), "Dinas Kesehatan Kabupaten Blora");
        JsonNode education = pull(Keys.issue(api(), Role.AGENCY, "Dinas Pendidikan Kabupaten Blora"), "Dinas Pendidikan Kabupaten Blora");

        assertThat(health.get("nik").asText()).isEqualTo(NIK);
        assertThat(health.get("kk_number").asText()).isEqualTo(KK_MASKED);
        assertThat(health.has("religion")).isFalse();
        assertThat(education.get("nik").asText()).isEqualTo(NIK_MASKED);
        assertThat(education.get("kk_number").asText()).isEqualTo(KK_MASKED);
        assertThat(education.has("birth_date")).isTrue();
    }

    @Test
    void anAgencyCannotSubscribeToFieldsBeyondItsEntitlements() {
        Api education = api().as(Keys.issue(api(), Role.AGENCY, "Dinas Pendidikan Kabupaten Blora"));

        Api.Response response = education.post("/api/v1/subscriptions", "application/json",
                "{\"agency\": \"Dinas Pendidikan Kabupaten Blora\", \"delivery\": \"PULL\", \"fields\": [\"full_name\", \"religion\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("religion");
    }

    private JsonNode pull(String key, String agency) {
        Api as = api().as(key);
        Api.Response created = as.post("/api/v1/subscriptions?from_seq=1", "application/json",
                "{\"agency\": \"" + agency + "\", \"delivery\": \"PULL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode events = as.get("/api/v1/subscriptions/" + created.json().at("/subscription/id").asLong() + "/events").json().get("events");
        assertThat(events).hasSize(1);
        return events.get(0).at("/data/person");
    }
}
