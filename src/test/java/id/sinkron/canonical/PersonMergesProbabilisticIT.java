package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Merging and unmerging under the probabilistic linker: the blocking keys follow the records. */
@TestPropertySource(properties = "sinkron.match.linker=probabilistic")
class PersonMergesProbabilisticIT extends IntegrationTest {

    @Test
    void aRetiredPersonLeavesNoBlockingKeysBehind() {
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "F1", "full_name": "SUPARMAN", "birth_date": "1962-04-01", "village_code": "3316091006"}
                """);
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "F2", "full_name": "Suparman", "birth_date": "1962-01-04", "village_code": "3316091006"}
                """);
        UUID surviving = personOfRecord("F1");
        UUID retired = personOfRecord("F2");
        assertThat(retired).as("day and month swapped: the model does not link it").isNotEqualTo(surviving);

        Api.Response merged = api().post("/api/v1/persons/" + surviving + "/merge", "application/json",
                "{\"other\": \"" + retired + "\", \"reason\": \"day and month swapped in the DTKS export\"}");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(keysOf(retired)).isZero();
        assertThat(keysOf(surviving)).isPositive();
    }

    @Test
    void aRecordMovedOutTakesItsBlockingKeysToItsNewPerson() {
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "P1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "village_code": "3316091006"}
                """);
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "S1", "full_name": "Sri Wahyuni", "birth_date": "05-09-1987", "village_code": "33.16.09.1006"}
                """);
        UUID person = personOfRecord("P1");
        assertThat(personOfRecord("S1")).isEqualTo(person);

        Api.Response split = api().post("/api/v1/persons/" + person + "/unmerge", "application/json",
                "{\"source\": \"dinsos-dtks\", \"source_record_id\": \"S1\", \"reason\": \"two women of one name in one village\"}");

        assertThat(split.status()).as(split.body()).isEqualTo(200);
        UUID fresh = UUID.fromString(split.json().get("new_person_id").asText());
        assertThat(keysOf(fresh)).isEqualTo(keysOf(person)).isPositive();
    }



    private long keysOf(UUID person) {
        return jdbc.queryForObject("select count(*) from person_match_keys where person_id = ?", Long.class, person);
    }
}
