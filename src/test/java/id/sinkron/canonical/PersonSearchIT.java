package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import db.migration.V17__person_search;
import id.sinkron.support.IntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code GET /api/v1/persons}: persons found by NIK, name, birth date and village, combined and paged. */
class PersonSearchIT extends IntegrationTest {

    @Autowired
    PersonMerges merges;

    @BeforeEach
    void pushPersons() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S1", "nik": "3316094509870002", "full_name": "Drs. H. Soedjono Tjahjadi", "birth_date": "1961-02-03", "village_code": "3316091006"}
                {"source_record_id": "S2", "nik": "3316090101900001", "full_name": "Moch. Suharto", "birth_date": "1990-01-01", "village_code": "3316091006"}
                {"source_record_id": "S3", "nik": "3316090202900002", "full_name": "Suharto Wibowo", "birth_date": "1990-01-01", "village_code": "3316091007"}
                {"source_record_id": "S4", "nik": "3316090303900003", "full_name": "Achmad Suharto", "birth_date": "1990-03-03", "village_code": "3316091007"}
                """);
    }

    @Test
    void findsAPersonByTheNewSpellingOfAnOldSpelledNameWrittenWithTitles() {
        assertThat(names("/api/v1/persons?name=sudjono")).containsExactly("SOEDJONO TJAHJADI");
        assertThat(names("/api/v1/persons?name=Suyono%20Cahyadi")).containsExactly("SOEDJONO TJAHJADI");
        assertThat(names("/api/v1/persons?name=Prof.%20Soedjono")).containsExactly("SOEDJONO TJAHJADI");
    }

    @Test
    void findsEveryPersonWithAllTheWordsSearchedForExactSpellingsFirst() {
        assertThat(names("/api/v1/persons?name=suharto")).containsExactly("ACHMAD SUHARTO", "MOCH SUHARTO", "SUHARTO WIBOWO");
        assertThat(names("/api/v1/persons?name=Muhammad%20Suharto")).containsExactly("MOCH SUHARTO");
        assertThat(names("/api/v1/persons?name=Ahmad%20Suharto")).as("ACHMAD sounds as AHMAD").containsExactly("ACHMAD SUHARTO");
        assertThat(names("/api/v1/persons?name=suhar")).as("whole words only").isEmpty();
    }

    @Test
    void combinesNameBirthDateAndVillage() {
        assertThat(names("/api/v1/persons?name=suharto&birth_date=01-01-1990")).containsExactly("MOCH SUHARTO", "SUHARTO WIBOWO");
        assertThat(names("/api/v1/persons?name=suharto&birth_date=1990-01-01&village_code=3316091007")).containsExactly("SUHARTO WIBOWO");
        assertThat(names("/api/v1/persons?village_code=33.16.09.1006")).containsExactly("MOCH SUHARTO", "SOEDJONO TJAHJADI");
        assertThat(names("/api/v1/persons?nik=3316%200903%200390%200003&name=suharto")).containsExactly("ACHMAD SUHARTO");
    }

    @Test
    void findsAMergedPersonThroughItsSurvivorOnlyByTheSurvivorsNewName() {
        String moch = api().get("/api/v1/persons?nik=3316090101900001").json().get(0).get("id").asText();
        String wibowo = api().get("/api/v1/persons?nik=3316090202900002").json().get(0).get("id").asText();

        MergeOutcome merged = merges.merge(UUID.fromString(moch), UUID.fromString(wibowo), "steward", "one man, two agencies", null, null);

        String survivor = merged.surviving().toString();
        String retired = merged.retired().toString();
        String name = api().get("/api/v1/persons/" + survivor).json().at("/record/full_name").asText();
        JsonNode found = api().get("/api/v1/persons?name=" + name.replace(' ', '+')).json();
        assertThat(StreamSupport.stream(found.spliterator(), false).map(p -> p.get("id").asText())).contains(survivor).doesNotContain(retired);
        assertThat(names("/api/v1/persons?name=suharto")).hasSize(2);
    }

    @Test
    void pagesWithLimitAndOffset() {
        assertThat(names("/api/v1/persons?name=suharto&limit=2")).containsExactly("ACHMAD SUHARTO", "MOCH SUHARTO");
        assertThat(names("/api/v1/persons?name=suharto&limit=2&offset=2")).containsExactly("SUHARTO WIBOWO");
    }

    @Test
    void refusesASearchWithoutAnyCriterionOrWithAnUnreadableOne() {
        assertThat(api().get("/api/v1/persons").status()).isEqualTo(400);
        assertThat(api().get("/api/v1/persons?name=%20&limit=5").status()).isEqualTo(400);
        assertThat(api().get("/api/v1/persons?name=Drs.").status()).isEqualTo(400);
        var badDate = api().get("/api/v1/persons?birth_date=1990-13-45");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).as("the term is personal data").doesNotContain("1990-13-45");
        assertThat(api().get("/api/v1/persons?village_code=12345").status()).isEqualTo(400);
    }

    @Test
    void theAuditLogKeepsWhichCriteriaWereUsedButNotTheNameOrBirthDate() {
        api().get("/api/v1/persons?name=suharto&birth_date=1990-01-01&nik=3316090101900001");

        String query = jdbc.queryForObject(
                "select query from audit_log where path = '/api/v1/persons' order by id desc limit 1", String.class);
        assertThat(query).contains("name=***", "birth_date=***").doesNotContain("suharto", "1990-01-01", "3316090101900001");
    }

    @Test
    void aPersonWhoseNameChangesIsFoundByTheNewName() {
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S2", "nik": "3316090101900001", "full_name": "Moch. Suharto Prawiro", "birth_date": "1990-01-01", "village_code": "3316091006"}
                """);

        assertThat(names("/api/v1/persons?name=prawiro")).containsExactly("MOCH SUHARTO PRAWIRO");
    }

    /** The migration fills the name keys of the persons stored before it; tried in a transaction rolled back after. */
    @Test
    void theMigrationGivesPersonsStoredBeforeItTheirNameKeys() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("alter table persons drop column name_words, drop column name_codes");
                sql.execute("drop index persons_birth_date_idx, persons_village_code_idx");
                new V17__person_search().migrate(new Context() {
                    @Override
                    public Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public Connection getConnection() {
                        return connection;
                    }
                });
                ResultSet rs = sql.executeQuery("select name_words, name_codes from persons where nik = '3316094509870002'");
                assertThat(rs.next()).isTrue();
                assertThat((String[]) rs.getArray(1).getArray()).containsExactly("SUJONO", "CAHYADI");
                assertThat((String[]) rs.getArray(2).getArray()).containsExactly(
                        NameSearchKey.of("Soedjono Tjahjadi").codes().toArray(String[]::new));
            } finally {
                connection.rollback();
            }
        }
    }

    private List<String> names(String path) {
        var response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode found = response.json();
        return StreamSupport.stream(found.spliterator(), false).map(p -> p.at("/record/full_name").asText()).toList();
    }
}
