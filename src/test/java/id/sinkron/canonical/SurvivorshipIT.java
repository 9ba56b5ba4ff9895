package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Test;

/**
 * The rules of the shipped {@code config/survivorship.yml}, as a user of the API sees the golden record. The records
 * of one person are linked by their NIK alone (exact-NIK linker), names spelled apart on purpose ("SRI W"), so
 * that which record supplies a value is up to survivorship only.
 */
@TestPropertySource(properties = "sinkron.match.linker=exact")
class SurvivorshipIT extends IntegrationTest {

    @Test
    void aPhoneNumberTwoAgenciesAgreeOnWinsOverTheMoreTrustedSourcesWhileTrustKeepsTheName() {
        // Dinsos (trust 50) has one number; the school (45) and the clinic (40) both reached her on another
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "phone": "0811-1111-1111", "updated_at": "2025-01-10T09:00:00+07:00"}
                """);
        api().push("disdik-dapodik", "application/x-ndjson", """
                {"source_record_id": "D1", "nik": "3316094509870002", "full_name": "SRI WAHYU", "phone": "+62 822 2222 2222", "updated_at": "2025-02-01T08:00:00+07:00"}
                """);
        api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "K1", "nik": "3316094509870002", "full_name": "SRI W", "phone": "0822-2222-2222"}
                """);

        String id = api().get("/api/v1/persons?nik=3316094509870002").json().get(0).get("id").asText();
        JsonNode person = api().get("/api/v1/persons/" + id).json();

        // phone: most-frequent in the shipped file; trust alone would have kept Dinsos' number
        assertThat(person.at("/record/phone").asText()).isEqualTo("+6282222222222");
        assertThat(person.at("/provenance/phone/rule").asText()).isEqualTo("most-frequent");
        assertThat(person.at("/provenance/phone/source").asText()).as("the more trusted of the two that agree").isEqualTo("disdik-dapodik");
        assertThat(person.at("/provenance/phone/source_record_id").asText()).isEqualTo("D1");
        assertThat(person.at("/provenance/phone/as_of").asText()).isEqualTo("2025-02-01T01:00:00Z");
        assertThat(person.at("/provenance/phone/run_id").asLong()).isPositive();
        // full_name: an identity field, trust: the most trusted source's name, however many spell it otherwise
        assertThat(person.at("/record/full_name").asText()).isEqualTo("SRI WAHYUNI");
        assertThat(person.at("/provenance/full_name/source").asText()).isEqualTo("dinsos-dtks");
        assertThat(person.at("/provenance/full_name/rule").asText()).isEqualTo("trust");
        assertThat(person.at("/provenance/full_name/as_of").asText()).isEqualTo("2025-01-10T02:00:00Z");
    }

    /** The as-of times read back from the store must equal the ones written, or every later record rewrites the person. */
    @Test
    void aRecordThatLosesEveryFieldLeavesTheGoldenRecordAndItsProvenanceUntouched() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "phone": "0811-1111-1111"}
                """);
        api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "K1", "nik": "3316094509870002", "full_name": "SRI WAHYU", "phone": "0822-2222-2222", "updated_at": "2025-03-05T10:30:00+07:00"}
                """);
        String before = jdbc.queryForObject("select xmin::text || ' ' || version || ' ' || provenance::text from persons", String.class);
        long versions = count("person_versions");

        // a second clinic record: its name loses on trust, and it has no phone
        api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "K2", "nik": "3316094509870002", "full_name": "SRI W"}
                """);

        assertThat(count("source_records")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select xmin::text || ' ' || version || ' ' || provenance::text from persons", String.class))
                .isEqualTo(before);
        assertThat(count("person_versions")).isEqualTo(versions);
    }

    @Test
    void provenanceStoredFieldByFieldBeforeIsServedAsItWas() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "phone": "0811-1111-1111"}
                """);
        String id = api().get("/api/v1/persons?nik=3316094509870002").json().get(0).get("id").asText();
        JsonNode written = api().get("/api/v1/persons/" + id).json().get("provenance");
        assertThat(jdbc.queryForObject("select provenance::text from persons", String.class)).startsWith("{\"fields\":");
        // as a release before the compact form wrote it
        jdbc.update("update persons set provenance = ?::json", written.toString());

        assertThat(api().get("/api/v1/persons/" + id).json().get("provenance")).isEqualTo(written);
        assertThat(api().get("/api/v1/persons/" + id + "/lineage?field=phone").json().toString()).contains("dinsos-dtks");
    }
}
