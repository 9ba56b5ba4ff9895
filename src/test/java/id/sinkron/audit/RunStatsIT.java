package id.sinkron.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the console's runs pages and charts read: a run's rejections as CSV (masked as the JSON is), runs filtered by
 * status, records per run over time, and rejection reasons by source and field.
 */
class RunStatsIT extends IntegrationTest {

    private static final String NIK = "3316094509870001";

    /** Two records stored, two rejected (lines 3 and 4): one without a name, one with a NIK of serial 0000. */
    private static final String DTKS = """
            {"source_record_id": "A-1", "nik": "%s", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P"}
            {"source_record_id": "A-2", "full_name": "BUDI SANTOSO", "birth_date": "1980-01-01", "sex": "L"}
            {"source_record_id": "A-3", "nik": "%s", "birth_date": "1987-09-05"}
            {"source_record_id": "A-4", "nik": "3316094509870000", "full_name": "TANPA SERI"}
            """.formatted(NIK, NIK);

    @Test
    void theRejectionsOfARunDownloadAsCsvWithReasonsAndPayloadMaskedForAnAuditor() {
        long run = push("dinsos-dtks", DTKS);
        Api auditor = api().as(issue("AUDITOR"));

        Api.Response csv = auditor.get("/api/v1/sync-runs/" + run + "/rejections.csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,record_no,source_record_id,reasons,payload,rejected_at");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,3,A-3,").contains("full_name: ").contains("3316xxxxxxxx0001").doesNotContain(NIK);
        assertThat(lines.get(2)).startsWith("2,4,A-4,").contains("nik: ").contains("3316xxxxxxxx0000").doesNotContain("3316094509870000");
        assertThat(api().get("/api/v1/sync-runs/" + run + "/rejections.csv").body())
                .as("a steward's key sees them in clear, as in the JSON").contains(NIK);
        assertThat(auditor.get("/api/v1/sync-runs/999999/rejections.csv").status()).isEqualTo(404);
    }

    @Test
    void runsAreFilteredByStatus() {
        long run = push("dinsos-dtks", DTKS);

        assertThat(ids(api().get("/api/v1/sync-runs?status=SUCCEEDED").json())).containsExactly(run);
        assertThat(ids(api().get("/api/v1/sync-runs?status=RUNNING").json())).isEmpty();
        assertThat(api().get("/api/v1/sync-runs?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void statsCountRecordsPerRunAndRejectionReasonsBySourceAndField() {
        long first = push("dinsos-dtks", DTKS);
        long second = push("dinkes-puskesmas", """
                {"source_record_id": "P-1", "full_name": "SITI AMINAH", "birth_date": "1990-02-03", "sex": "P"}
                {"source_record_id": "P-2", "birth_date": "1990-02-03"}
                """);

        JsonNode runs = api().get("/api/v1/stats/runs?days=30").json();
        assertThat(runs.get("days").asInt()).isEqualTo(30);
        assertThat(ids(runs.get("runs"))).containsExactly(first, second);
        assertThat(runs.at("/runs/0/source").asText()).isEqualTo("dinsos-dtks");
        assertThat(runs.at("/runs/0/counts/read").asInt()).isEqualTo(4);
        assertThat(runs.at("/runs/0/counts/rejected").asInt()).isEqualTo(2);
        assertThat(runs.at("/runs/1/counts/created").asInt()).isEqualTo(1);

        JsonNode reasons = api().get("/api/v1/stats/rejection-reasons").json();
        assertThat(reasons.get("rejections").asLong()).isEqualTo(3);
        List<String> rows = new ArrayList<>();
        reasons.get("reasons").forEach(r -> rows.add(r.get("source").asText() + " " + r.get("field").asText() + " " + r.get("rejections").asLong()));
        assertThat(rows).containsExactly("dinkes-puskesmas full_name 1", "dinsos-dtks full_name 1", "dinsos-dtks nik 1");
        assertThat(api().get("/api/v1/stats/runs?days=0").status()).isEqualTo(400);
    }

    private long push(String source, String body) {
        Api.Response pushed = api().push(source, "application/x-ndjson", body);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
        return pushed.json().get("run_id").asLong();
    }

    private String issue(String role) {
        Api.Response response = api().post("/api/v1/keys", "application/json", "{\"name\": \"stats\", \"roles\": [\"" + role + "\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("secret").asText();
    }

    private static List<Long> ids(JsonNode runs) {
        List<Long> ids = new ArrayList<>();
        runs.forEach(r -> ids.add(r.get("id").asLong()));
        return ids;
    }
}
