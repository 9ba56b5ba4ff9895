package id.sinkron.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.Folders;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What administrators do to routes and sources is in the audit log with its outcome, not only the HTTP call that
 * asked for it (issue #7): an auditor sees who stopped which route, and which file a reload refused and why. The
 * sources are a copy of {@code config/sources/}, so the test can break one.
 */
class AuditAdminActionsIT extends IntegrationTest {

    private static final Path SOURCES_DIR = sourcesCopy();
    private static final Path FILE = SOURCES_DIR.resolve("dukcapil-blora.yml");
    private static final String ROUTE = "dukcapil-blora-csv";

    private Api admin;
    private String adminActor;
    private Api auditor;

    @DynamicPropertySource
    static void sourcesDir(DynamicPropertyRegistry registry) {
        registry.add("sinkron.sources.dir", SOURCES_DIR::toString);
    }

    @BeforeEach
    void anAdministratorAndAnAuditor() {
        JsonNode issued = api().post("/api/v1/keys", "application/json", "{\"name\": \"admin\", \"roles\": [\"ADMIN\"]}").json();
        admin = api().as(issued.get("secret").asText());
        adminActor = "key:" + issued.get("key").get("prefix").asText();
        auditor = api().as(api().post("/api/v1/keys", "application/json", "{\"name\": \"auditor\", \"roles\": [\"AUDITOR\"]}")
                .json().get("secret").asText());
    }

    @AfterEach
    void restoreTheShippedDeclarationAndRoute() throws IOException {
        Files.copy(Path.of("config/sources/dukcapil-blora.yml"), FILE, StandardCopyOption.REPLACE_EXISTING);
        api().post("/api/v1/routes/reload", "application/json", "");
        api().post("/api/v1/routes/" + ROUTE + "/start", "application/json", "");
    }

    @Test
    void aStoppedRouteAndTheFileAReloadRefusedAreInTheLogWithTheActorAndTheReason() throws IOException {
        assertThat(admin.post("/api/v1/routes/" + ROUTE + "/stop", "application/json", "").status()).isEqualTo(200);
        Files.writeString(FILE, Files.readString(FILE).replace("full_name: NAMA_LGKP", "ful_name: NAMA_LENGKAP"));
        assertThat(admin.post("/api/v1/routes/reload", "application/json", "").json().get("refused").asLong()).isEqualTo(1);

        JsonNode stopped = auditor.get("/api/v1/audit?action=route.stop&actor=" + adminActor).json().get("entries");
        JsonNode refused = auditor.get("/api/v1/audit?action=source.reload&actor=" + adminActor).json().get("entries");
        JsonNode reloads = auditor.get("/api/v1/audit?action=route.reload&actor=" + adminActor).json().get("entries");

        assertThat(stopped).hasSize(1);
        assertThat(stopped.get(0).get("target").asText()).isEqualTo(ROUTE);
        assertThat(stopped.get(0).get("detail").asText()).isEqualTo("done");
        assertThat(stopped.get(0).get("roles").asText()).isEqualTo("ADMIN");
        assertThat(stopped.get(0).get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).get("target").asText()).isEqualTo(FILE.toString());
        assertThat(refused.get(0).get("detail").asText()).startsWith("refused").contains("ful_name", "unknown canonical field");
        assertThat(refused.get(0).get("outcome").asText()).isEqualTo("FAILED");
        assertThat(reloads).extracting(e -> e.get("target").asText() + ": " + e.get("detail").asText()).contains("routes: done, 1 refused");
        assertThat(auditor.post("/api/v1/audit/verify", "application/json", "").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRefusedRouteActionIsInTheLogWithItsReason() {
        Api.Response unknown = admin.post("/api/v1/routes/no-such-route/stop", "application/json", "");
        assertThat(unknown.status()).isEqualTo(404);

        JsonNode entries = auditor.get("/api/v1/audit?action=route.stop&actor=" + adminActor).json().get("entries");

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("target").asText()).isEqualTo("no-such-route");
        assertThat(entries.get(0).get("detail").asText()).startsWith("refused: ").contains("no-such-route");
        assertThat(entries.get(0).get("outcome").asText()).isEqualTo("FAILED");
    }

    private static Path sourcesCopy() {
        return Folders.copyOf(Path.of("config/sources"));
    }
}
