package id.sinkron.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Review finding 6: Spring's own problems came typed about:blank, though every type is promised as
 * urn:sinkron:problem:… (the 415 of a push is tested in PushIT). Paths the security table does not name are
 * refused (403, AccessMatrixIT) before routing, so the 404 and 405 here are asked under a path the caller may use.
 */
class ProblemsIT extends IntegrationTest {

    @Test
    void aMethodThePathDoesNotAllowIsTypedMethodNotAllowed() {
        Api.Response response = api().delete("/api/v1/keys");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:method-not-allowed");
    }

    @Test
    void anUnknownPathIsTypedNotFound() {
        Api.Response response = api().get("/api/v1/keys/1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:not-found");
        assertThat(response.json().get("detail").asText()).isEqualTo("nothing is at /api/v1/keys/1/no-such-thing");
    }

    @Test
    void anUnreadableRequestBodyIsTypedBadRequest() {
        Api.Response response = api().post("/api/v1/subscriptions", "application/json", "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:bad-request");
    }
}
