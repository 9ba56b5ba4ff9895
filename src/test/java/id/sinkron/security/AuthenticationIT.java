package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** API keys: shown once, stored as hashes, refused when unknown, revoked or expired. */
class AuthenticationIT extends IntegrationTest {

    @Test
    void withoutCredentialsPersonalDataIsRefusedWith401Problem() {
        Api.Response response = api().anonymous().get("/api/v1/feed/persons");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:unauthorized");
    }

    @Test
    void healthIsOpen() {
        assertThat(api().anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void anUnknownKeyIsRefusedNotTreatedAsAnonymous() {
        Api.Response response = api().as("sk_" + "x".repeat(43)).get("/api/v1/regions/33");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asText()).contains("unknown, revoked or expired");
    }

    @Test
    void aKeyIsShownOnceAndStoredOnlyAsItsHash() {
        String secret = Keys.issue(api(), Role.AUDITOR, null);

        assertThat(api().as(secret).get("/api/v1/sync-runs").status()).isEqualTo(200);
        String listed = api().get("/api/v1/keys").body();
        assertThat(listed).doesNotContain(secret).contains(secret.substring(0, 11));
        assertThat(jdbc.queryForObject("select count(*) from api_keys where hash = ?", Long.class, ApiKeys.hash(secret))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from api_keys where hash = ? or prefix = ?", Long.class, secret, secret)).isZero();
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        Api.Response issued = api().post("/api/v1/keys", "application/json", "{\"name\": \"leaving\", \"roles\": [\"AUDITOR\"]}");
        Api auditor = api().as(issued.json().get("secret").asText());
        assertThat(auditor.get("/api/v1/sync-runs").status()).isEqualTo(200);

        assertThat(api().delete("/api/v1/keys/" + issued.json().get("key").get("id").asLong()).status()).isEqualTo(204);

        assertThat(auditor.get("/api/v1/sync-runs").status()).isEqualTo(401);
        JsonNode key = api().get("/api/v1/keys/" + issued.json().get("key").get("id").asLong()).json();
        assertThat(key.get("revoked_at").isNull()).isFalse();
    }

    @Test
    void anExpiredKeyIsRefused() {
        String secret = Keys.issue(api(), Role.AUDITOR, null);
        jdbc.update("update api_keys set expires_at = now() - interval '1 second' where hash = ?", ApiKeys.hash(secret));

        assertThat(api().as(secret).get("/api/v1/sync-runs").status()).isEqualTo(401);
    }

    @Test
    void anAgencyKeyMustNameItsAgency() {
        Api.Response response = api().post("/api/v1/keys", "application/json", "{\"name\": \"x\", \"roles\": [\"AGENCY\"]}");

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void theKeyCanAlsoBeSentAsXApiKey() {
        String secret = Keys.issue(api(), Role.AUDITOR, null);
        // Api sends Authorization; this header is the documented alternative for clients that cannot set it
        assertThat(new XApiKey(port).get("/api/v1/sync-runs", secret)).isEqualTo(200);
    }
}
