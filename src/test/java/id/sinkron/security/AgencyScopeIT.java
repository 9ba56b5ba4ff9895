package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An agency reaches its own subscriptions, their events and its own sources, never another agency's. */
class AgencyScopeIT extends IntegrationTest {

    private static final String DINSOS = "Dinas Sosial Kabupaten Blora";
    private static final String DINKES = "Dinas Kesehatan Kabupaten Blora";

    private Api dinsos;
    private Api dinkes;
    private long dinsosSubscription;

    @BeforeEach
    void twoAgencies() {
        dinsos = api().as(Keys.issue(api(), Role.AGENCY, DINSOS));
        dinkes = api().as(Keys.issue(api(), Role.AGENCY, DINKES));
        Api.Response created = dinsos.post("/api/v1/subscriptions", "application/json",
                "{\"agency\": \"" + DINSOS + "\", \"delivery\": \"PULL\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        dinsosSubscription = created.json().get("subscription").get("id").asLong();
    }

    @Test
    void anAgencyReadsItsOwnSubscriptionAndItsEvents() {
        assertThat(dinsos.get("/api/v1/subscriptions/" + dinsosSubscription).status()).isEqualTo(200);
        assertThat(dinsos.get("/api/v1/subscriptions/" + dinsosSubscription + "/events").status()).isEqualTo(200);
        assertThat(dinsos.get("/api/v1/subscriptions").json().findValuesAsText("agency")).containsOnly(DINSOS);
    }

    @Test
    void anotherAgencyCannotReadOrChangeTheSubscriptionNorPullItsFeed() {
        String path = "/api/v1/subscriptions/" + dinsosSubscription;
        for (Api.Response response : new Api.Response[] {
                dinkes.get(path), dinkes.get(path + "/events"), dinkes.get(path + "/dead-letters"),
                dinkes.post(path + "/pause", "application/json", ""), dinkes.post(path + "/replay?from_seq=1", "application/json", ""),
                dinkes.post(path + "/secret/rotate", "application/json", ""), dinkes.delete(path)}) {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:forbidden");
        }
        assertThat(api().get(path).json().get("status").asText()).as("nothing changed").isEqualTo("ACTIVE");
    }

    @Test
    void anAgencyListsOnlyItsOwnSubscriptionsEvenWhenAskingForAnother() {
        JsonNode all = dinkes.get("/api/v1/subscriptions").json();
        JsonNode asked = dinkes.get("/api/v1/subscriptions?agency=" + DINSOS.replace(" ", "%20")).json();

        assertThat(all).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(api().get("/api/v1/subscriptions").json()).as("an administrator sees all").hasSize(1);
    }

    @Test
    void anAgencyCannotSubscribeInAnotherAgencysName() {
        Api.Response response = dinkes.post("/api/v1/subscriptions", "application/json",
                "{\"agency\": \"" + DINSOS + "\", \"delivery\": \"PULL\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(count("subscriptions")).isEqualTo(1);
    }

    @Test
    void anAgencyPushesOnlyToItsOwnSources() {
        String record = "{\"source_record_id\": \"A-1\", \"full_name\": \"Siti Aminah\"}\n";

        assertThat(dinsos.push("dinsos-dtks", "application/x-ndjson", record).status()).isEqualTo(200);
        Api.Response refused = dinkes.push("dinsos-dtks", "application/x-ndjson", record);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(count("sync_runs")).as("the refused push opened no run").isEqualTo(1);
    }
}
