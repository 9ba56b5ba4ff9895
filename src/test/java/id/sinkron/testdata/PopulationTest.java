package id.sinkron.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.testdata.AgencyExtracts.Agency;
import id.sinkron.testdata.AgencyExtracts.Corruption;
import id.sinkron.testdata.AgencyExtracts.Truth;
import id.sinkron.testdata.Population.Resident;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PopulationTest {

    private static final Population POPULATION = Population.generate(7, 20_000);
    private static final AgencyExtracts EXTRACTS = AgencyExtracts.of(POPULATION, 7, 1.0);

    @Test
    void theSameSeedGivesTheSameRecordsAndTruth() {
        Population again = Population.generate(7, 20_000);
        AgencyExtracts extracts = AgencyExtracts.of(again, 7, 1.0);

        assertThat(again.residents()).isEqualTo(POPULATION.residents());
        assertThat(extracts.rows()).isEqualTo(EXTRACTS.rows());
        assertThat(extracts.truth()).isEqualTo(EXTRACTS.truth());
        assertThat(AgencyExtracts.of(Population.generate(8, 2_000), 8, 1.0).rows())
                .isNotEqualTo(AgencyExtracts.of(Population.generate(7, 2_000), 7, 1.0).rows());
    }

    @Test
    void everyRecordHasItsTruthAndNoRowNamesItsPerson() {
        Set<String> ids = new HashSet<>();
        EXTRACTS.rows().values().forEach(rows -> rows.forEach(row -> {
            ids.add(row.get("source_record_id"));
            assertThat(AgencyExtracts.COLUMNS).containsAll(row.keySet());
        }));
        assertThat(ids).isEqualTo(EXTRACTS.truth().keySet());
        assertThat(EXTRACTS.rows().get(Agency.DUKCAPIL)).hasSizeGreaterThan(POPULATION.residents().size() * 9 / 10);
    }

    @Test
    void niksAreValidForDistrictBirthDateAndSex() {
        for (Resident r : POPULATION.residents()) {
            int day = r.birthDate().getDayOfMonth() + (r.male() ? 0 : 40);
            assertThat(r.nik()).hasSize(16)
                    .startsWith(r.villageCode().substring(0, 8).replace(".", "") + String.format("%02d%02d%02d", day,
                            r.birthDate().getMonthValue(), r.birthDate().getYear() % 100))
                    .doesNotEndWith("0000");
        }
        assertThat(POPULATION.residents().stream().map(Resident::nik).distinct().count()).isEqualTo(POPULATION.residents().size());
    }

    @Test
    void corruptionRatesAreRoughlyAsConfigured() {
        assertThat(share(Agency.DINSOS, Corruption.NIK_MISSING)).isBetween(0.07, 0.13);
        assertThat(share(Agency.DINSOS, Corruption.NIK_MISTYPED)).isBetween(0.02, 0.055);
        assertThat(share(Agency.DINSOS, Corruption.TITLE)).isBetween(0.04, 0.12);
        assertThat(share(Agency.DISDIK, Corruption.NIK_MISSING)).isBetween(0.35, 0.45);
        assertThat(share(Agency.DINKES, Corruption.DATE_SWAPPED)).isBetween(0.025, 0.055);
        assertThat(share(Agency.DUKCAPIL, Corruption.NIK_MISSING)).isZero();

        AgencyExtracts clean = AgencyExtracts.of(Population.generate(7, 5_000), 7, 0.0);
        assertThat(clean.truth().values()).noneMatch(t -> t.corruptions().contains(Corruption.NIK_MISTYPED)
                || t.corruptions().contains(Corruption.OLD_SPELLING) || t.corruptions().contains(Corruption.DATE_SWAPPED));
    }

    @Test
    void corruptedValuesAreWhatTheTruthSays() {
        Map<String, Map<String, String>> rows = new HashMap<>();
        EXTRACTS.rows().values().forEach(list -> list.forEach(row -> rows.put(row.get("source_record_id"), row)));
        EXTRACTS.truth().forEach((id, truth) -> {
            Resident r = POPULATION.residents().get(truth.person());
            String nik = rows.get(id).get("nik");
            if (truth.corruptions().contains(Corruption.NIK_MISSING)) {
                assertThat(nik).isNull();
            } else if (truth.corruptions().contains(Corruption.NIK_BORROWED)) {
                assertThat(nik).isEqualTo(POPULATION.household(r.household()).get(0).nik()).isNotEqualTo(r.nik());
            } else if (truth.corruptions().contains(Corruption.NIK_MISTYPED)) {
                assertThat(nik).hasSize(16).isNotEqualTo(r.nik());
            } else {
                assertThat(nik).isEqualTo(r.nik());
            }
        });
        assertThat(EXTRACTS.rows().get(Agency.DINSOS)).anyMatch(row -> row.get("full_name").startsWith("Hj. ")
                || row.get("full_name").startsWith("Bpk. "));
        assertThat(EXTRACTS.rows().get(Agency.DINKES)).anyMatch(row -> row.get("full_name").matches("(M|MOH|MUH)\\. .*"));
    }

    @Test
    void hardNegativesArePresent() {
        List<Resident> residents = POPULATION.residents();
        List<Resident> twins = residents.stream().filter(r -> r.twinOf() >= 0).toList();
        assertThat(twins).hasSizeGreaterThan(50).allSatisfy(r -> {
            Resident twin = residents.get(r.twinOf());
            assertThat(twin.birthDate()).isEqualTo(r.birthDate());
            assertThat(twin.kk()).isEqualTo(r.kk());
            assertThat(twin.fullName()).isNotEqualTo(r.fullName());
        });
        List<Resident> juniors = residents.stream().filter(Resident::namedAfterFather).toList();
        assertThat(juniors).hasSizeGreaterThan(50).allSatisfy(r -> {
            Resident father = POPULATION.household(r.household()).get(0);
            assertThat(father.fullName()).isEqualTo(r.fullName());
            assertThat(father.birthDate()).isBefore(r.birthDate());
        });
        Map<String, Long> sameNameSameVillage = residents.stream().filter(Resident::commonName)
                .collect(Collectors.groupingBy(r -> r.fullName() + "|" + r.villageCode(), Collectors.counting()));
        assertThat(sameNameSameVillage.values().stream().filter(n -> n >= 5).count()).isGreaterThan(20);
    }

    private static double share(Agency agency, Corruption corruption) {
        List<Truth> truths = EXTRACTS.truth().values().stream().filter(t -> t.source().equals(agency.name())).toList();
        return truths.stream().filter(t -> t.corruptions().contains(corruption)).count() / (double) truths.size();
    }
}
