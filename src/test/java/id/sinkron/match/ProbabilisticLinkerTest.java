package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shipped person model deciding single incoming records against a small in-memory store. */
class ProbabilisticLinkerTest {

    private static final ProbabilisticLinker LINKER = new ProbabilisticLinker(
            new MatchingModel(MatchingConfigs.read(Path.of("config/matching.yml")), PersonCleaners.cleaners()));

    /** Golden persons by id and their keys, as the canonical store keeps them. */
    private final Map<UUID, Map<String, Object>> persons = new LinkedHashMap<>();
    private final Candidates store = new Candidates() {
        @Override
        public List<UUID> withNik(String nik) {
            return List.of();
        }

        @Override
        public Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int perBlock) {
            Map<UUID, Map<String, Object>> found = new LinkedHashMap<>();
            persons.forEach((id, record) -> {
                if (LINKER.keys(record).stream().anyMatch(keys::contains)) {
                    found.put(id, record);
                }
            });
            return found;
        }
    };

    private UUID stored(Map<String, Object> record) {
        UUID id = UUID.randomUUID();
        persons.put(id, record);
        return id;
    }

    private static Map<String, Object> person(String name, String birthDate, String... more) {
        Map<String, Object> record = new HashMap<>();
        record.put("full_name", name);
        record.put("birth_date", birthDate);
        for (int i = 0; i < more.length; i += 2) {
            record.put(more[i], more[i + 1]);
        }
        return record;
    }

    @Test
    void sameNameBirthDateAndVillageWithoutNikLinkWithTheirExplanation() {
        UUID sri = stored(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1006", "sex", "P"));

        LinkDecision decision = LINKER.decide(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1006"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.LINK);
        assertThat(decision.personId()).isEqualTo(sri);
        assertThat(decision.rule()).isEqualTo("probabilistic");
        assertThat(decision.score()).isGreaterThanOrEqualTo(12.0);
        Score score = decision.explanation().score();
        assertThat(score.level("name")).isEqualTo("exact after normalization");
        assertThat(score.level("birth-date")).isEqualTo("exact");
        assertThat(score.level("village")).isEqualTo("exact");
        assertThat(score.level("nik")).isEqualTo("null");
    }

    @Test
    void twinsOfOneHouseholdAndBirthDateStayApartByTheHardNegative() {
        stored(person("MUHAMMAD HASAN", "2010-03-14", "kk_number", "3316091203150007", "village_code", "33.16.09.1006"));

        LinkDecision decision = LINKER.decide(
                person("MUHAMMAD ZAINAL", "2010-03-14", "kk_number", "3316091203150007", "village_code", "33.16.09.1006"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.NEW);
        assertThat(decision.explanation().score().hardNegative()).isEqualTo("twins");
    }

    @Test
    void aFatherAndSonOfOneNameStayApart() {
        stored(person("SUPARMAN", "1962-04-01", "village_code", "33.16.09.1006", "kk_number", "3316091203150007"));

        LinkDecision decision = LINKER.decide(
                person("SUPARMAN", "1991-11-20", "village_code", "33.16.09.1006", "kk_number", "3316091203150007"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.NEW);
        assertThat(decision.explanation().score().hardNegative()).isEqualTo("same-name-different-birth-date");
    }

    @Test
    void aNikOneDigitOffWithTheSameNameAndBirthDateLinks() {
        UUID budi = stored(person("BUDI SANTOSO", "1990-01-01", "nik", "3316090101900001"));

        LinkDecision decision = LINKER.decide(person("BUDI SANTOSO", "1990-01-01", "nik", "3316090101900007"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.LINK);
        assertThat(decision.personId()).isEqualTo(budi);
        assertThat(decision.explanation().score().level("nik")).isEqualTo("one digit off or transposed");
    }

    @Test
    void aRecordWithoutCandidatesStartsANewPersonWithoutExplanation() {
        LinkDecision decision = LINKER.decide(person("SRI WAHYUNI", "1987-09-05"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.NEW);
        assertThat(decision.explanation()).isNull();
        assertThat(decision.score()).isNull();
    }

    @Test
    void sameNameAndBirthDateInAnotherVillageOfTheDistrictAsksForReview() {
        UUID sri = stored(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1006"));

        LinkDecision decision = LINKER.decide(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1001"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.REVIEW);
        assertThat(decision.personId()).isNull();
        assertThat(decision.explanation().candidate()).isEqualTo(sri);
        assertThat(decision.explanation().decision()).isEqualTo(Decision.REVIEW);
        assertThat(decision.score()).isBetween(4.0, 12.0);
    }

    @Test
    void aRecordLinkingTwoPersonsLinksToTheStrongestAndReportsTheOther() {
        UUID clinic = stored(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1006"));
        UUID welfare = stored(person("SRI WAHYUNI", null, "kk_number", "3316091203150007", "phone", "081234567890"));

        LinkDecision decision = LINKER.decide(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1006",
                "kk_number", "3316091203150007", "phone", "081234567890"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.LINK);
        assertThat(decision.personId()).isEqualTo(welfare);
        assertThat(decision.alsoLinked()).extracting(LinkDecision.AlsoLinked::person).containsExactly(clinic);
        assertThat(decision.alsoLinked().get(0).hardNegative()).isNull();
    }

    @Test
    void twinsLinkedByOneUndatedHouseholdRecordAreReportedAsKeptApartByTheirHardNegative() {
        UUID hasan = stored(person("MUHAMMAD HASAN", "2010-03-14", "kk_number", "3316091203150007",
                "village_code", "33.16.09.1006", "phone", "081234567890"));
        UUID zainal = stored(person("MUHAMMAD ZAINAL", "2010-03-14", "kk_number", "3316091203150007",
                "village_code", "33.16.09.1006", "phone", "081234567890"));

        LinkDecision decision = LINKER.decide(person("MUHAMMAD", null, "kk_number", "3316091203150007",
                "village_code", "33.16.09.1006", "phone", "081234567890"), store);

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.LINK);
        assertThat(List.of(decision.personId(), decision.alsoLinked().get(0).person())).containsExactlyInAnyOrder(hasan, zainal);
        assertThat(decision.alsoLinked().get(0).hardNegative()).isEqualTo("twins");
    }

    @Test
    void theStoreLeavesOutEveryBlockOverItsCapTheModelsWhereTheRuleHasNoneOfItsOwn() {
        Map<String, Integer> asked = new HashMap<>();
        int[] perBlock = new int[1];
        Candidates watched = new Candidates() {
            @Override
            public List<UUID> withNik(String nik) {
                return List.of();
            }

            @Override
            public Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int most, Map<String, Integer> skipAbove) {
                asked.putAll(skipAbove);
                perBlock[0] = most;
                return Map.of();
            }
        };

        LINKER.decide(person("SRI WAHYUNI", "1987-09-05", "village_code", "33.16.09.1006", "nik", "3316094509870001"), watched);

        assertThat(asked).containsEntry("phonetic-name-village", 50).containsEntry("nik", 1000)
                .containsEntry("phonetic-name-district-birth-year", 1000);
        assertThat(perBlock[0]).as("a block kept is not cut").isEqualTo(1000);
    }
}
