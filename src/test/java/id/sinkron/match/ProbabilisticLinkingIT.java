package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ingestion with the default {@code sinkron.match.linker=probabilistic}: the shipped model deciding over the stored keys. */
class ProbabilisticLinkingIT extends IntegrationTest {

    private static final String PUSKESMAS = """
            {"source_record_id": "P1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "village_code": "3316091006"}
            """;
    private static final String DTKS = """
            {"source_record_id": "S1", "full_name": "Sri Wahyuni", "birth_date": "05-09-1987", "village_code": "33.16.09.1006"}
            """;

    @Test
    void recordsWithoutNikOfOneNameBirthDateAndVillageLinkToOnePersonWithTheirExplanation() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS);
        pushAccepted("dinsos-dtks", DTKS);

        assertThat(count("persons")).isEqualTo(1);
        UUID person = personOfRecord("S1");
        assertThat(personOfRecord("P1")).isEqualTo(person);

        JsonNode links = api().get("/api/v1/persons/" + person + "/links").json();
        assertThat(links).hasSize(2);
        JsonNode first = links.get(0);
        assertThat(first.get("source_record_id").asText()).isEqualTo("P1");
        assertThat(first.get("link_rule").asText()).isEqualTo("probabilistic");
        assertThat(first.get("explanation").isNull()).as("no candidate, nothing to explain").isTrue();
        JsonNode linked = links.get(1);
        assertThat(linked.get("source_record_id").asText()).isEqualTo("S1");
        assertThat(linked.get("link_rule").asText()).isEqualTo("probabilistic");
        assertThat(linked.get("score").asDouble()).isGreaterThanOrEqualTo(12.0);
        JsonNode why = linked.get("explanation");
        assertThat(why.get("candidate").asText()).isEqualTo(person.toString());
        assertThat(why.get("decision").asText()).isEqualTo("LINK");
        assertThat(level(why, "name")).isEqualTo("exact after normalization");
        assertThat(level(why, "birth-date")).isEqualTo("exact");
        assertThat(level(why, "village")).isEqualTo("exact");
        assertThat(level(why, "nik")).isEqualTo("null");
        assertThat(jdbc.queryForList("select rule from person_match_keys where person_id = ? order by rule", String.class, person))
                .as("its blocking keys (no NIK, no KK) and the term key its name is counted by")
                .containsExactly("birth-date-phonetic-first-name", "birth-date-village", "phonetic-name-district-birth-year",
                        "phonetic-name-village", "tf:full_name");
    }

    @Test
    void twinsOfOneHouseholdPushedInOneBatchStayTwoPersons() {
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "T1", "full_name": "MUHAMMAD HASAN", "birth_date": "2010-03-14", "kk_number": "3316091203150007", "village_code": "3316091006"}
                {"source_record_id": "T2", "full_name": "MUHAMMAD ZAINAL", "birth_date": "2010-03-14", "kk_number": "3316091203150007", "village_code": "3316091006"}
                """);

        assertThat(count("persons")).isEqualTo(2);
        JsonNode why = api().get("/api/v1/persons/" + personOfRecord("T2") + "/links").json().get(0).get("explanation");
        assertThat(why.get("candidate").asText()).isEqualTo(personOfRecord("T1").toString());
        assertThat(why.get("decision").asText()).isEqualTo("NEW");
        assertThat(why.get("hard_negative").asText()).isEqualTo("twins");
        assertThat(level(why, "kk")).isEqualTo("exact");
    }

    @Test
    void twinsStayTwoPersonsWhenTheClinicsRecordHasNoKk() {
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "T1", "full_name": "NUR HALIMAH", "birth_date": "2009-06-01", "kk_number": "3316160206162265", "sex": "P", "village_code": "3316091006", "mother_name": "SITI AMINAH", "phone": "085245883651"}
                """);
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "T2", "full_name": "NUR SYAFIAH", "birth_date": "2009-06-01", "sex": "P", "village_code": "3316091006", "mother_name": "SITI AMINAH", "phone": "085245883651"}
                """);

        assertThat(count("persons")).isEqualTo(2);
        JsonNode why = api().get("/api/v1/persons/" + personOfRecord("T2") + "/links").json().get(0).get("explanation");
        assertThat(why.get("candidate").asText()).as("met through birth date + village").isEqualTo(personOfRecord("T1").toString());
        assertThat(why.get("hard_negative").asText()).isEqualTo("twins");
        assertThat(why.get("weight").asDouble()).as("mother, phone, birth date and village alone would link them").isGreaterThan(12);
        assertThat(level(why, "kk")).isEqualTo("null");
    }

    @Test
    void aNewbornRegisteredUnderItsMothersNameLinksToTheChildOfTheCivilRegistry() {
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "C1", "nik": "3316092207251816", "full_name": "MUHAMMAD ILYAS HUSEIN", "birth_date": "2025-07-22", "sex": "L", "village_code": "3316091006", "mother_name": "SITI ROHMAH"}
                """);
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "C2", "full_name": "By. Ny. Siti Rohmah", "birth_date": "2025-07-22", "sex": "L", "village_code": "3316091006", "mother_name": "SITI ROHMAH"}
                """);

        assertThat(count("persons")).isEqualTo(1);
        UUID person = personOfRecord("C1");
        assertThat(personOfRecord("C2")).isEqualTo(person);
        JsonNode why = explanation(person, "C2");
        assertThat(why.get("decision").asText()).isEqualTo("LINK");
        assertThat(level(why, "name")).as("the newborn has no name of its own yet").isEqualTo("null");
        assertThat(level(why, "mother-name")).isEqualTo("exact after normalization");
        assertThat(api().get("/api/v1/persons/" + person).json().at("/record/full_name").asText())
                .as("the register's own name stays the golden name").isEqualTo("MUHAMMAD ILYAS HUSEIN");
    }

    @Test
    void aFatherAndSonOfOneNameStayTwoPersons() {
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "F1", "full_name": "SUPARMAN", "birth_date": "1962-04-01", "village_code": "3316091006"}
                """);
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "F2", "full_name": "Suparman", "birth_date": "1991-11-20", "village_code": "3316091006"}
                """);

        assertThat(count("persons")).isEqualTo(2);
        JsonNode why = api().get("/api/v1/persons/" + personOfRecord("F2") + "/links").json().get(0).get("explanation");
        assertThat(why.get("hard_negative").asText()).isEqualTo("same-name-different-birth-date");
        assertThat(level(why, "name")).isEqualTo("exact after normalization");
        assertThat(level(why, "birth-date")).isEqualTo("else");
    }

    /**
     * The model links a NIK one digit off when name and birth date agree: the NIK level weighs +11.6 instead of the
     * −5.6 of a different NIK, and no hard negative applies (twins need different names).
     */
    @Test
    void aNikOneDigitOffWithTheSameNameAndBirthDateLinks() {
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "N1", "nik": "3316090101900001", "full_name": "BUDI SANTOSO", "birth_date": "1990-01-01"}
                """);
        pushAccepted("dinsos-dtks", """
                {"source_record_id": "N2", "nik": "3316090101900007", "full_name": "BUDI SANTOSO", "birth_date": "1990-01-01"}
                """);

        assertThat(count("persons")).isEqualTo(1);
        JsonNode links = api().get("/api/v1/persons/" + personOfRecord("N1") + "/links").json();
        JsonNode why = links.get(1).get("explanation");
        assertThat(why.get("decision").asText()).isEqualTo("LINK");
        assertThat(level(why, "nik")).isEqualTo("one digit off or transposed");
        assertThat(level(why, "name")).isEqualTo("exact after normalization");
        assertThat(level(why, "birth-date")).isEqualTo("exact");
    }

    @Test
    void pushingTheSameRecordsAgainChangesNothing() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS);
        pushAccepted("dinsos-dtks", DTKS);
        long events = count("feed_events");
        UUID person = personOfRecord("S1");

        Api.Response again = api().push("dinsos-dtks", "application/x-ndjson", DTKS);
        api().push("dinkes-puskesmas", "application/x-ndjson", PUSKESMAS);

        assertThat(again.json().at("/counts/unchanged").asInt()).isEqualTo(1);
        assertThat(count("persons")).isEqualTo(1);
        assertThat(personOfRecord("S1")).isEqualTo(person);
        assertThat(personOfRecord("P1")).isEqualTo(person);
        assertThat(count("feed_events")).isEqualTo(events);
    }



    private JsonNode explanation(UUID person, String record) {
        for (JsonNode link : api().get("/api/v1/persons/" + person + "/links").json()) {
            if (link.get("source_record_id").asText().equals(record)) {
                return link.get("explanation");
            }
        }
        throw new AssertionError("no link of " + record + " to " + person);
    }

    private static String level(JsonNode explanation, String comparison) {
        for (JsonNode c : explanation.get("comparisons")) {
            if (c.get("comparison").asText().equals(comparison)) {
                return c.get("level").isNull() ? "null" : c.get("level").asText();
            }
        }
        throw new AssertionError("no comparison " + comparison + " in " + explanation);
    }
}
