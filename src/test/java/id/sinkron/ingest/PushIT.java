package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PushIT extends IntegrationTest {

    @Test
    void pushingTheSameTenThousandRecordsTwiceCreatesThemOnceAndThenChangesNothing() {
        String body = Records.ndjson(1L, 10_000, "DTKS");

        Api.Response first = api().push("dinsos-dtks", "application/x-ndjson", body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/counts/created").asInt()).isEqualTo(10_000);
        assertThat(count("persons")).isEqualTo(10_000);
        long events = count("feed_events");
        assertThat(events).isEqualTo(10_000);

        Api.Response second = api().push("dinsos-dtks", "application/x-ndjson", body);
        JsonNode counts = second.json().get("counts");
        assertThat(counts.get("read").asInt()).isEqualTo(10_000);
        assertThat(counts.get("unchanged").asInt()).isEqualTo(10_000);
        assertThat(counts.get("created").asInt()).isZero();
        assertThat(counts.get("updated").asInt()).isZero();
        assertThat(count("persons")).isEqualTo(10_000);
        assertThat(count("feed_events")).isEqualTo(events);
        assertThat(count("raw_records")).isEqualTo(10_000);
    }

    @Test
    void aMalformedRowInAThousandIsRejectedAloneWithItsReason() {
        String[] lines = Records.ndjson(2L, 1_000, "PKM").split("\n");
        lines[499] = "{\"source_record_id\": \"PKM-500\", \"full_name\": ";   // cut off mid-object
        String body = String.join("\n", lines) + "\n";

        Api.Response response = api().push("dinkes-puskesmas", "application/x-ndjson", body);

        assertThat(response.status()).isEqualTo(200);
        JsonNode counts = response.json().get("counts");
        assertThat(counts.get("read").asInt()).isEqualTo(1_000);
        assertThat(counts.get("rejected").asInt()).isEqualTo(1);
        assertThat(counts.get("created").asInt()).isEqualTo(999);
        assertThat(count("source_records")).isEqualTo(999);
        JsonNode rejections = api().get("/api/v1/sync-runs/" + response.json().get("run_id").asLong() + "/rejections").json();
        assertThat(rejections).hasSize(1);
        assertThat(rejections.get(0).get("record_no").asInt()).isEqualTo(500);
        assertThat(rejections.get(0).get("payload").asText()).isEqualTo(lines[499]);
        assertThat(rejections.get(0).at("/reasons/0/message").asText()).startsWith("invalid JSON");
    }

    @Test
    void aMalformedCsvLineIsRejectedAloneWithItsExactText() {
        StringBuilder csv = new StringBuilder("source_record_id,full_name,birth_date,sex\n");
        for (int i = 1; i <= 1_000; i++) {
            csv.append(i == 700 ? "PKM-700,\"BAYI NY. SRI,2026-01-05,P\n" : "PKM-" + i + ",BAYI NY. SITI " + i + ",2026-01-05,P\n");
        }

        Api.Response response = api().push("dinkes-puskesmas", "text/csv", csv.toString());

        JsonNode counts = response.json().get("counts");
        assertThat(counts.get("rejected").asInt()).isEqualTo(1);
        assertThat(counts.get("created").asInt()).isEqualTo(999);
        JsonNode rejection = api().get("/api/v1/sync-runs/" + response.json().get("run_id").asLong() + "/rejections").json().get(0);
        assertThat(rejection.get("record_no").asInt()).isEqualTo(701);
        assertThat(rejection.get("payload").asText()).startsWith("PKM-700,\"BAYI NY. SRI");
    }

    @Test
    void invalidValuesAreRejectedWithEveryReasonAndRecordsWithoutNikAreAccepted() {
        String body = """
                {"source_record_id": "A1", "full_name": "SRI WAHYUNI", "nik": "3316094509870000", "sex": "X", "birth_date": "31-02-1987"}
                {"source_record_id": "A2", "full_name": "BAYI NY. SUMIATI", "birth_date": "2026-11-01", "sex": "P"}
                {"source_record_id": "A3", "nama": "TANPA NAMA"}
                """;

        Api.Response response = api().push("dinkes-puskesmas", "application/x-ndjson", body);

        assertThat(response.json().at("/counts/created").asInt()).isEqualTo(1);
        assertThat(response.json().at("/counts/rejected").asInt()).isEqualTo(2);
        JsonNode rejections = api().get("/api/v1/sync-runs/" + response.json().get("run_id").asLong() + "/rejections").json();
        assertThat(rejections.get(0).get("source_record_id").asText()).isEqualTo("A1");
        assertThat(rejections.get(0).get("reasons").findValuesAsText("field")).contains("nik", "sex", "birth_date");
        assertThat(rejections.get(1).get("reasons").findValuesAsText("field")).contains("nama", "full_name");
    }

    @Test
    void theShippedDinsosDemoFileGivesTheReadmeCountsWithoutRegionWarnings() throws Exception {
        String body = Files.readString(Path.of("config/demo/push/dinsos-dtks.ndjson"));

        Api.Response response = api().push("dinsos-dtks", "application/x-ndjson", body);

        JsonNode counts = response.json().get("counts");
        assertThat(counts.get("read").asInt()).isEqualTo(22);
        assertThat(counts.get("created").asInt()).isEqualTo(20);
        assertThat(counts.get("rejected").asInt()).isEqualTo(2);
        // its NIKs and village codes are real Blora ones: the region checks have nothing to say
        assertThat(jdbc.queryForList("select warnings::text from source_records", String.class))
                .allSatisfy(warnings -> assertThat(warnings).doesNotContain("Kemendagri", "derived"));
    }

    @Test
    void aPushToAnUndeclaredSourceIsA404Problem() {
        Api.Response response = api().push("no-such-agency", "application/x-ndjson", "{}\n");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("no-such-agency");
        assertThat(count("sync_runs")).isZero();
    }

    @Test
    void aPushInAnUnsupportedFormatIsA415Problem() {
        Api.Response response = api().push("dinsos-dtks", "application/xml", "<person/>");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:unsupported-media-type");
    }

    /** Review finding 2: invalid UTF-8 was read as U+FFFD and stored as if the agency had sent it. */
    @Test
    void aLineThatIsNotValidUtf8IsRejectedAndTheOthersAreStored() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"source_record_id\": \"U1\", \"full_name\": \"SRI WAHYUNI\"}\n".getBytes(StandardCharsets.UTF_8));
        body.writeBytes("{\"source_record_id\": \"U2\", \"full_name\": \"JOS\u00c9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes("{\"source_record_id\": \"U3\", \"full_name\": \"BUDI\"}\n".getBytes(StandardCharsets.UTF_8));

        Api.Response response = api().push("dinkes-puskesmas", "application/x-ndjson", body.toByteArray());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/counts/created").asInt()).isEqualTo(2);
        assertThat(response.json().at("/counts/rejected").asInt()).isEqualTo(1);
        JsonNode rejection = api().get("/api/v1/sync-runs/" + response.json().get("run_id").asLong() + "/rejections").json().get(0);
        assertThat(rejection.get("record_no").asInt()).isEqualTo(2);
        assertThat(rejection.at("/reasons/0/message").asText()).startsWith("not valid UTF-8");
        assertThat(jdbc.queryForObject("select count(*) from source_records where record::text like '%\uFFFD%'", Long.class)).isZero();
    }

    /** Review finding 5: a line of any length was read whole (a big enough one ran the service out of memory). */
    @Test
    void aLineOfTwoMebibytesIsRejectedWithItsStartAndTheRunGoesOn() {
        String huge = "{\"source_record_id\": \"H1\", \"full_name\": \"SRI\", \"address\": \"" + "X".repeat(2 << 20) + "\"}";
        String body = "{\"source_record_id\": \"H0\", \"full_name\": \"SRI WAHYUNI\"}\n" + huge
                + "\n{\"source_record_id\": \"H2\", \"full_name\": \"BUDI\"}\n";

        Api.Response response = api().push("dinkes-puskesmas", "application/x-ndjson", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/counts/created").asInt()).isEqualTo(2);
        assertThat(response.json().at("/counts/rejected").asInt()).isEqualTo(1);
        JsonNode rejection = api().get("/api/v1/sync-runs/" + response.json().get("run_id").asLong() + "/rejections").json().get(0);
        assertThat(rejection.get("record_no").asInt()).isEqualTo(2);
        assertThat(rejection.at("/reasons/0/message").asText()).isEqualTo("line longer than 1048576 characters");
        assertThat(rejection.get("payload").asText()).startsWith(huge.substring(0, 4096) + " … [truncated")
                .hasSizeLessThan(4096 + 100);
    }

    /** Review finding 8b: a CSV row rejected for its values was stored as JSON, not as the line the agency sent. */
    @Test
    void aCsvRowWithInvalidValuesIsRejectedWithItsExactText() {
        String line = "PKM-2 , BAYI NY. SITI,2026-01-05, X";

        Api.Response response = api().push("dinkes-puskesmas", "text/csv",
                "source_record_id,full_name,birth_date,sex\nPKM-1,BAYI NY. SRI,2026-01-05,P\n" + line + "\n");

        JsonNode rejection = api().get("/api/v1/sync-runs/" + response.json().get("run_id").asLong() + "/rejections").json().get(0);
        assertThat(rejection.get("source_record_id").asText()).isEqualTo("PKM-2");
        assertThat(rejection.at("/reasons/0/field").asText()).isEqualTo("sex");
        assertThat(rejection.get("payload").asText()).isEqualTo(line);
    }

    /** Review finding 8a: of a record sent twice in one batch, only the last raw payload was kept. */
    @Test
    void aRecordSentTwiceInOnePushKeepsBothPayloadsAndTheLaterValues() {
        String body = """
                {"source_record_id": "D1", "full_name": "SRI WAHYUNI", "phone": "0812-2233-4455"}
                {"source_record_id": "D1", "full_name": "SRI WAHYUNI", "phone": "0813-9988-7766"}
                """;

        Api.Response response = api().push("dinsos-dtks", "application/x-ndjson", body);

        assertThat(response.json().at("/counts/created").asInt()).isEqualTo(1);
        assertThat(response.json().at("/counts/updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select payload::text from raw_records where source_record_id = 'D1' order by id", String.class))
                .satisfiesExactly(first -> assertThat(first).contains("0812-2233-4455"), second -> assertThat(second).contains("0813-9988-7766"));
        assertThat(jdbc.queryForObject("select record->>'phone' from persons", String.class)).isEqualTo("+6281399887766");
    }

    @Test
    void aCsvWithoutHeaderFailsTheRunWithA400ProblemNamingTheRun() {
        Api.Response response = api().push("dinkes-puskesmas", "text/csv", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("header");
        long runId = response.json().get("run_id").asLong();
        JsonNode run = api().get("/api/v1/sync-runs/" + runId).json();
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).contains("header");
    }
}
