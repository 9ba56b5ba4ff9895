package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** An auditor answers "where did this person's birth date come from, and when did it change?" through the API. */
class LineageIT extends IntegrationTest {

    @Test
    void theBirthDateNamesItsSourceRecordRunAndEveryChange() {
        long first = api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "DTKS-7", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P"}
                """).json().get("run_id").asLong();
        long second = api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "DTKS-7", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-15", "sex": "P"}
                """).json().get("run_id").asLong();
        String person = jdbc.queryForObject("select id::text from persons", String.class);

        Api.Response response = api().get("/api/v1/persons/" + person + "/lineage?field=birth_date");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode lineage = response.json();
        assertThat(lineage.get("value").asText()).isEqualTo("1987-09-15");
        assertThat(lineage.at("/current/source").asText()).isEqualTo("dinsos-dtks");
        assertThat(lineage.at("/current/source_record_id").asText()).isEqualTo("DTKS-7");
        assertThat(lineage.at("/current/run_id").asLong()).isEqualTo(second);
        assertThat(lineage.at("/current/received_at").isNull()).isFalse();
        JsonNode history = lineage.get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("value").asText()).isEqualTo("1987-09-05");
        assertThat(history.get(0).at("/supplied_by/run_id").asLong()).isEqualTo(first);
        assertThat(history.get(1).get("previous").asText()).isEqualTo("1987-09-05");
        assertThat(history.get(1).get("value").asText()).isEqualTo("1987-09-15");
        assertThat(history.get(1).get("recorded_at").asText()).isNotBlank();
    }

    @Test
    void anUnknownFieldIsABadRequest() {
        api().push("dinsos-dtks", "application/x-ndjson", "{\"source_record_id\": \"X\", \"full_name\": \"BUDI\"}\n");
        String person = jdbc.queryForObject("select id::text from persons", String.class);

        Api.Response response = api().get("/api/v1/persons/" + person + "/lineage?field=tanggal_lahir");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("birth_date");
    }
}
