package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.OidcIssuer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bearer tokens of the configured OIDC issuer: roles and agency from their claims; forged or expired ones refused. */
class OidcIT extends IntegrationTest {

    private Api with(String token) {
        return api().as(token);
    }

    @Test
    void aTokenWithTheAuditorRoleReadsAuditorEndpointsOnly() {
        Api auditor = with(OidcIssuer.token("auditor@bpk.go.id", Map.of("roles", List.of("auditor")), Instant.now().plusSeconds(300)));

        assertThat(auditor.get("/api/v1/sync-runs").status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/keys").status()).isEqualTo(403);
        auditor.get("/api/v1/sync-runs?source=x");
        assertThat(auditor.get("/api/v1/audit?actor=oidc:auditor@bpk.go.id").json().get("entries")).isNotEmpty();
    }

    @Test
    void anAgencyTokenIsScopedToItsAgency() {
        Api dinkes = with(OidcIssuer.token("petugas@dinkes", Map.of("roles", "agency", "agency", "Dinas Kesehatan Kabupaten Blora"),
                Instant.now().plusSeconds(300)));
        long dinsos = api().post("/api/v1/subscriptions", "application/json",
                "{\"agency\": \"Dinas Sosial Kabupaten Blora\", \"delivery\": \"PULL\"}").json().at("/subscription/id").asLong();

        assertThat(dinkes.get("/api/v1/subscriptions").status()).isEqualTo(200);
        assertThat(dinkes.get("/api/v1/subscriptions/" + dinsos).status()).isEqualTo(403);
    }

    @Test
    void anAgencyRoleWithoutAnAgencyClaimGrantsNothing() {
        Api nobody = with(OidcIssuer.token("x", Map.of("roles", List.of("AGENCY")), Instant.now().plusSeconds(300)));

        assertThat(nobody.get("/api/v1/subscriptions").status()).isEqualTo(403);
    }

    @Test
    void forgedAndExpiredTokensAreRefusedWith401() {
        Map<String, Object> claims = Map.of("roles", List.of("AUDITOR"));

        assertThat(with(OidcIssuer.forged("mallory", claims)).get("/api/v1/sync-runs").status()).isEqualTo(401);
        assertThat(with(OidcIssuer.token("late", claims, Instant.now().minusSeconds(600))).get("/api/v1/sync-runs").status()).isEqualTo(401);
    }
}
