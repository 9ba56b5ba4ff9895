package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Term-frequency adjustment against the store: an exact name weighs by how many golden persons hold it. On the
 * shipped model, but with {@code tf-prior-records: 100} instead of 10,000, so a store of a few hundred persons
 * measures its names (the shipped value lets a young store weigh names as their level does).
 */
class TermFrequencyIT extends IntegrationTest {

    private static final String VILLAGE = "3316091006";
    private static final String[] FIRST = {"ADI", "BAYU", "CANDRA", "DIMAS", "EKO", "FAJAR", "GILANG", "HENDRA", "IRFAN", "JOKO",
        "KRISNA", "LUKMAN"};
    private static final String[] LAST = {"ADIPUTRA", "BASKORO", "CAHYONO", "DARMAWAN", "ERLANGGA", "FIRMANSYAH", "GUNAWAN",
        "HARTANTO", "ISKANDAR", "JATMIKO"};

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("sinkron.match.linker", () -> "probabilistic");
        registry.add("sinkron.match.config", TermFrequencyIT::smallPrior);
    }

    /**
     * A village where 120 women are called SRI WAHYUNI, each with her own NIK and birth date, and 120 men each with
     * a name of his own.
     */
    @BeforeEach
    void village() {
        List<String> rows = new ArrayList<>();
        LocalDate born = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < 120; i++) {
            LocalDate sri = born.plusDays(97L * i);
            rows.add(row("SRI-" + i, nik(sri, true, i + 1), "SRI WAHYUNI", sri, "P"));
            LocalDate man = born.plusDays(89L * i + 5);
            rows.add(row("MAN-" + i, nik(man, false, i + 1), FIRST[i % FIRST.length] + " " + LAST[i / FIRST.length], man, "L"));
        }
        pushAccepted("dinsos-dtks", String.join("\n", rows));
    }

    @Test
    void aCommonNameBornTheSameDayInTheSameVillageWeighsLessThanARareOne() {
        // no NIK, as a clinic records them: name, birth date, sex, village
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "K1", "full_name": "Sri Wahyuni", "birth_date": "%s", "sex": "P", "village_code": "%s"}
                {"source_record_id": "K2", "full_name": "Krisna Adiputra", "birth_date": "%s", "sex": "L", "village_code": "%s"}
                """.formatted(LocalDate.of(1960, 1, 1).plusDays(97L * 10), VILLAGE, LocalDate.of(1960, 1, 1).plusDays(89L * 10 + 5), VILLAGE));

        // the rare name, birth date and village: linked
        assertThat(personOfRecord("K2")).isEqualTo(personOfRecord("MAN-10"));
        // the same evidence with a name 120 of 240 persons hold: a steward is asked instead
        assertThat(personOfRecord("K1")).isNotEqualTo(personOfRecord("SRI-10"));
        JsonNode items = api().get("/api/v1/review-items").json();
        assertThat(items).hasSize(1);
        JsonNode item = api().get("/api/v1/review-items/" + items.get(0).get("id").asText()).json();
        assertThat(item.get("reason").asText()).isEqualTo("REVIEW_BAND");
        assertThat(item.toString()).contains(personOfRecord("SRI-10").toString());

        double common = nameWeight(personOfRecord("K1"), "K1");
        double rare = nameWeight(personOfRecord("MAN-10"), "K2");
        // the level's own weight is log2(0.85 / 0.0005) = 10.7
        assertThat(common).isLessThan(2.0);
        assertThat(rare).isBetween(6.0, 10.0);
    }

    @Test
    void aNameTooCommonInTheVillageBringsNoCandidatesThroughTheVillageRule() {
        // born in 1950, before everyone here, on two days (one day would bring each other by birth date + village):
        // only phonetic name + village could bring candidates
        pushAccepted("dinkes-puskesmas", """
                {"source_record_id": "K3", "full_name": "Sri Wahyuni", "birth_date": "1950-06-15", "sex": "P", "village_code": "%s"}
                {"source_record_id": "K4", "full_name": "Krisna Adiputra", "birth_date": "1950-06-16", "sex": "L", "village_code": "%s"}
                """.formatted(VILLAGE, VILLAGE));

        // 120 SRI WAHYUNI in the village: over the rule's cap (config/matching.yml), so none was fetched or scored
        assertThat(link("K3").path("explanation").isMissingNode() || link("K3").get("explanation").isNull()).isTrue();
        // the one KRISNA ADIPUTRA was compared (and, born 1950 against 1962, not linked)
        assertThat(link("K4").get("explanation").toString()).contains(personOfRecord("MAN-10").toString());
        assertThat(personOfRecord("K4")).isNotEqualTo(personOfRecord("MAN-10"));
    }

    private JsonNode link(String record) {
        for (JsonNode link : api().get("/api/v1/persons/" + personOfRecord(record) + "/links").json()) {
            if (link.get("source_record_id").asText().equals(record)) {
                return link;
            }
        }
        throw new AssertionError("no link of " + record);
    }

    private double nameWeight(java.util.UUID person, String record) {
        for (JsonNode link : api().get("/api/v1/persons/" + person + "/links").json()) {
            if (link.get("source_record_id").asText().equals(record)) {
                for (JsonNode c : link.get("explanation").get("comparisons")) {
                    if (c.get("comparison").asText().equals("name")) {
                        assertThat(c.get("level").asText()).isEqualTo("exact after normalization");
                        return c.get("weight").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("no name comparison for " + record + " in the links of " + person);
    }

    private static String row(String id, String nik, String name, LocalDate born, String sex) {
        return String.format(Locale.ROOT, "{\"source_record_id\": \"%s\", \"nik\": \"%s\", \"full_name\": \"%s\", \"birth_date\": \"%s\", "
                + "\"sex\": \"%s\", \"village_code\": \"%s\"}", id, nik, name, born, sex, VILLAGE);
    }

    /** A NIK of district 33.16.09: birth day (plus 40 for a woman), month, two-digit year, serial. */
    private static String nik(LocalDate born, boolean woman, int serial) {
        return String.format(Locale.ROOT, "331609%02d%02d%02d%04d", born.getDayOfMonth() + (woman ? 40 : 0), born.getMonthValue(),
                born.getYear() % 100, serial);
    }

    private static String smallPrior() {
        try {
            String shipped = Files.readString(Path.of("config/matching.yml"));
            String changed = shipped.replace("tf-prior-records: 10000", "tf-prior-records: 100");
            assertThat(changed).isNotEqualTo(shipped);
            Path file = Files.createTempFile("matching", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, changed);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
