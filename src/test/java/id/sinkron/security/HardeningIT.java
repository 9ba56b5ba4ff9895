package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile requests get a clear 4xx problem and store nothing. */
class HardeningIT extends IntegrationTest {

    @Test
    void aPushLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws IOException {
        // only the headers are sent: the refusal must come from the declared length alone
        String response = raw("POST /api/v1/sources/dinsos-dtks/records HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Api.TEST_KEY + "\r\nContent-Type: application/x-ndjson\r\n"
                + "Content-Length: 300000000\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413").contains("urn:sinkron:problem:payload-too-large");
        assertThat(count("sync_runs")).isZero();
    }

    @Test
    void aChunkedPushWithoutLengthIsRefusedWith411AndStoresNothing() throws IOException {
        String line = "{\"source_record_id\": \"C-1\", \"full_name\": \"SITI AMINAH\"}\n";
        String response = raw("POST /api/v1/sources/dinsos-dtks/records HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Api.TEST_KEY + "\r\nContent-Type: application/x-ndjson\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(line.length()) + "\r\n" + line + "\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 411").contains("urn:sinkron:problem:length-required");
        assertThat(count("sync_runs")).isZero();
        assertThat(count("persons")).isZero();
    }

    @Test
    void deeplyNestedJsonIsA400Problem() {
        String bomb = "{\"agency\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        Api.Response response = api().post("/api/v1/subscriptions", "application/json", bomb);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(count("subscriptions")).isZero();
    }

    @Test
    void aGiantStringInJsonIsA400Problem() {
        String giant = "{\"agency\": \"" + "x".repeat(2_000_000) + "\", \"delivery\": \"PULL\"}";

        Api.Response response = api().post("/api/v1/subscriptions", "application/json", giant);

        assertThat(response.status()).isEqualTo(400);
        assertThat(count("subscriptions")).isZero();
    }

    @Test
    void pushedRecordsThatAreBombsOrOversizedAreStoredRejectionsNotFailures() {
        String nested = "{\"source_record_id\": \"N\", \"full_name\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        String oversized = "{\"source_record_id\": \"O\", \"full_name\": \"" + "A".repeat(2_000_000) + "\"}";
        String fine = "{\"source_record_id\": \"F\", \"full_name\": \"SRI WAHYUNI\"}";

        Api.Response response = api().push("dinsos-dtks", "application/x-ndjson", nested + "\n" + oversized + "\n" + fine + "\n");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/counts/rejected").asInt()).isEqualTo(2);
        assertThat(response.json().at("/counts/created").asInt()).isEqualTo(1);
        assertThat(count("rejections")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/v1/sources/..%2F..%2Fetc%2Fpasswd/records",
        "/api/v1/sources/%2e%2e/records",
        "/api/v1/sources/dinsos-dtks;jsessionid=x/records",
        "/api/v1/sources/..%5c..%5cwindows/records"})
    void pathTraversalInASourceIsA400(String path) {
        Api.Response response = api().post(path, "application/x-ndjson", "{}\n");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(count("sync_runs")).isZero();
    }

    @Test
    void sqlInjectionInFiltersFindsNothingAndHarmsNothing() {
        assertThat(api().get("/api/v1/persons?nik=1'%20OR%20'1'='1").status()).isEqualTo(400);
        Api.Response runs = api().get("/api/v1/sync-runs?source=x'%3B%20drop%20table%20persons%3B--");
        assertThat(runs.status()).isEqualTo(200);
        assertThat(runs.json()).isEmpty();
        Api.Response audit = api().get("/api/v1/audit?actor='%20or%201=1%20--&action='%20or%20''='");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("entries")).isEmpty();
        assertThat(api().get("/api/v1/audit?person=1%20or%201=1").status()).isEqualTo(400);
        assertThat(count("persons")).as("the table is still there").isZero();
    }

    @Test
    void secretsNeverAppearInAnswers() {
        String issued = api().post("/api/v1/keys", "application/json", "{\"name\": \"x\", \"roles\": [\"AUDITOR\"]}").json().get("secret").asText();

        assertThat(api().get("/api/v1/keys").body()).doesNotContain(issued).doesNotContain(Api.TEST_KEY).doesNotContain("hash");
        assertThat(api().get("/actuator/env").status()).as("configuration is not exposed").isIn(403, 404);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
