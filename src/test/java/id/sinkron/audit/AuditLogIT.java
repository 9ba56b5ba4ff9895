package id.sinkron.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every API call is in the audit log; auditors filter and export it; a row altered in the database is found. */
class AuditLogIT extends IntegrationTest {

    private Api auditor;
    private String auditorActor;

    @BeforeEach
    void anAuditor() {
        JsonNode issued = api().post("/api/v1/keys", "application/json", "{\"name\": \"auditor\", \"roles\": [\"AUDITOR\"]}").json();
        auditor = api().as(issued.get("secret").asText());
        auditorActor = "key:" + issued.get("key").get("prefix").asText();
    }

    private String personId() {
        api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(7L, 1, "DTKS"));
        return jdbc.queryForObject("select id::text from persons limit 1", String.class);
    }

    @Test
    void aReadOfAPersonIsRecordedWithWhoWhatWhereAndOutcome() {
        String person = personId();
        auditor.get("/api/v1/persons/" + person);

        JsonNode entries = auditor.get("/api/v1/audit?person=" + person + "&actor=" + auditorActor).json().get("entries");

        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("action").asText()).isEqualTo("GET /api/v1/persons/{id}");
        assertThat(entry.get("roles").asText()).isEqualTo("AUDITOR");
        assertThat(entry.get("remote").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("status").asInt()).isEqualTo(200);
        assertThat(entry.get("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(entry.get("at").asText()).isNotBlank();
    }

    @Test
    void refusalsAndAdministrationAreRecordedToo() {
        api().anonymous().get("/api/v1/feed/persons");
        auditor.get("/api/v1/keys");
        api().post("/api/v1/keys", "application/json", "{\"name\": \"another\", \"roles\": [\"STEWARD\"]}");

        JsonNode anonymous = auditor.get("/api/v1/audit?actor=anonymous&action=GET%20/api/v1/feed").json().get("entries");
        JsonNode denied = auditor.get("/api/v1/audit?actor=" + auditorActor + "&action=GET%20/api/v1/keys").json().get("entries");
        JsonNode issued = auditor.get("/api/v1/audit?action=POST%20/api/v1/keys").json().get("entries");

        assertThat(anonymous.findValuesAsText("status")).contains("401");
        assertThat(denied.findValuesAsText("outcome")).containsExactly("DENIED");
        assertThat(issued.findValuesAsText("status")).contains("201");
    }

    @Test
    void identityNumbersInQueriesAreMaskedInTheLog() {
        auditor.get("/api/v1/persons?nik=3316010101800001");

        JsonNode entries = auditor.get("/api/v1/audit?actor=" + auditorActor + "&action=GET%20/api/v1/persons").json().get("entries");

        assertThat(entries.get(0).get("query").asText()).isEqualTo("nik=3316xxxxxxxx0001");
    }

    @Test
    void auditorsExportTheFilteredLogAsCsv() {
        String person = personId();
        auditor.get("/api/v1/persons/" + person + "/versions");

        Api.Response csv = auditor.get("/api/v1/audit.csv?person=" + person);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,at,actor,roles,agency,action");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(auditorActor, "GET /api/v1/persons/{id}/versions", person);
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        auditor.get("/api/v1/sync-runs");

        assertThatThrownBy(() -> jdbc.update("update audit_log set status = 200 where actor = ?", auditorActor))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where actor = ?", auditorActor))
                .hasMessageContaining("append-only");
    }

    @Test
    void aRowAlteredDirectlyInTheDatabaseIsNamedByTheVerification() {
        auditor.get("/api/v1/sync-runs");
        assertThat(auditor.post("/api/v1/audit/verify", "application/json", "").json().get("intact").asBoolean()).isTrue();
        long row = jdbc.queryForObject("select max(id) from audit_log where actor = ? and action = 'GET /api/v1/sync-runs'", Long.class, auditorActor);

        // what a database administrator could do: switch the trigger off and rewrite who read what
        tamper("update audit_log set actor = 'key:sk_someone' where id = " + row);
        JsonNode broken = auditor.post("/api/v1/audit/verify", "application/json", "").json();
        tamper("update audit_log set actor = '" + auditorActor + "' where id = " + row);

        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("first_broken_id").asLong()).isEqualTo(row);
        assertThat(broken.get("reason").asText()).contains("altered");
        assertThat(auditor.post("/api/v1/audit/verify", "application/json", "").json().get("intact").asBoolean())
                .as("intact again once the row is put back").isTrue();
    }

    private void tamper(String sql) {
        jdbc.execute("alter table audit_log disable trigger audit_log_no_update");
        try {
            jdbc.execute(sql);
        } finally {
            jdbc.execute("alter table audit_log enable trigger audit_log_no_update");
        }
    }
}
