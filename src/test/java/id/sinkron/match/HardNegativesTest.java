package id.sinkron.match;

import static id.sinkron.match.PersonModel.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People who look alike but must stay apart, scored with the shipped {@code config/matching.yml}. */
class HardNegativesTest {

    private static final String VILLAGE = "3316142015";

    /** A village where SRI WAHYUNI is common (1 in 50) and every other name is unique. */
    /**
     * 20,000 villagers, one in 50 called SRI WAHYUNI: enough for the measured share to outweigh the level's u, which
     * counts for {@code tf-prior-records} (10,000) villagers of its own.
     */
    private static final List<MatchRecord> POPULATION = populationOf(20_000);

    private static List<MatchRecord> population() {
        return POPULATION;
    }

    private static List<MatchRecord> populationOf(int size) {
        List<MatchRecord> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(person("p" + i, "full_name", i % 50 == 0 ? "SRI WAHYUNI" : "WARGA " + letters(i), "village_code", VILLAGE));
        }
        return List.copyOf(people);
    }

    /** A name part of letters only (cleaning removes digits): 0 → A, 27 → BB. */
    private static String letters(int i) {
        return Character.toString('A' + i % 26) + (i >= 26 ? letters(i / 26) : "");
    }

    private static Decision decide(MatchRecord a, MatchRecord b) {
        return PersonModel.MODEL.decide(PersonModel.scorer(population()).score(a, b));
    }

    @Test
    void keepsTwinsOfOneHouseholdApart() {
        MatchRecord first = person("t1", "full_name", "HASAN SAPUTRA", "birth_date", "2015-03-02", "kk_number", "3316140911118703",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI AMINAH", "birth_place", "BLORA");
        MatchRecord second = person("t2", "full_name", "HUSEN SAPUTRA", "birth_date", "2015-03-02", "kk_number", "3316140911118703",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI AMINAH", "birth_place", "BLORA");

        Score score = PersonModel.scorer(population()).score(first, second);

        assertThat(score.weight()).as("the household evidence alone would link them").isGreaterThan(12);
        assertThat(score.hardNegative()).isEqualTo("twins");
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.NEW);
    }

    @Test
    void keepsTwinsApartWhenOneRecordHasNoKk() {
        // a clinic's record: the same mother, phone and birth date, no KK; the names share their first word
        MatchRecord first = person("t1", "full_name", "NUR HALIMAH", "birth_date", "2009-06-01", "kk_number", "3316160206162265",
                "sex", "P", "village_code", VILLAGE, "mother_name", "SITI AMINAH", "phone", "085245883651");
        MatchRecord second = person("t2", "full_name", "NUR SYAFIAH", "birth_date", "2009-06-01",
                "sex", "P", "village_code", VILLAGE, "mother_name", "SITI AMINAH", "phone", "085245883651");

        Score score = PersonModel.scorer(population()).score(first, second);

        assertThat(score.weight()).as("mother, phone, birth date and village alone would link them").isGreaterThan(12);
        assertThat(score.hardNegative()).isEqualTo("twins");
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.NEW);
    }

    @Test
    void linksAnAbbreviatedNameInTheHouseholdDespiteTheTwinsRule() {
        MatchRecord full = person("a", "full_name", "ABDUL HUSEIN", "birth_date", "2009-09-13", "kk_number", "3316140711244926",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI FATIMAH");
        MatchRecord shortened = person("b", "full_name", "ABDUL H.", "birth_date", "2009-09-13", "kk_number", "3316140711244926",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI FATIMAH");

        Score score = PersonModel.scorer(population()).score(full, shortened);

        assertThat(score.level("name")).isEqualTo("abbreviated");
        assertThat(score.hardNegative()).isNull();
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.LINK);
    }

    @Test
    void linksANameWithoutItsFirstWordDespiteTheTwinsRule() {
        // a school's record: MUHAMMAD left out, no NIK, the mother and phone of the registry's record
        MatchRecord registry = person("a", "nik", "3316092207151816", "full_name", "MUHAMMAD RIZKI RAMADHAN", "birth_date", "2015-07-22",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI ROHMAH", "phone", "085245883651");
        MatchRecord school = person("b", "full_name", "RIZKI RAMADHAN", "birth_date", "2015-07-22",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI ROHMAH", "phone", "085245883651");

        Score score = PersonModel.scorer(population()).score(registry, school);

        assertThat(score.level("name")).isEqualTo("abbreviated");
        assertThat(score.hardNegative()).isNull();
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.LINK);
    }

    @Test
    void linksANewbornRegisteredOnlyAsABaby() {
        MatchRecord named = person("c", "nik", "3316082207251816", "full_name", "SITI AISYAH", "birth_date", "2025-07-22",
                "sex", "P", "village_code", VILLAGE, "mother_name", "SITI ROHMAH", "kk_number", "3316140911118703");
        MatchRecord newborn = person("n", "full_name", "BAYI", "birth_date", "2025-07-22",
                "sex", "P", "village_code", VILLAGE, "mother_name", "SITI ROHMAH", "kk_number", "3316140911118703");

        Score score = PersonModel.scorer(population()).score(named, newborn);

        assertThat(score.hardNegative()).as("no name to tell twins by").isNull();
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.LINK);
    }

    @Test
    void linksANewbornRegisteredUnderItsMothersNameToTheNamedChild() {
        MatchRecord named = person("c", "nik", "3316082207251816", "full_name", "MUHAMMAD ILYAS HUSEIN", "birth_date", "2025-07-22",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI ROHMAH", "birth_place", "JEPON");
        MatchRecord newborn = person("n", "full_name", "By. Ny. Siti Rohmah", "birth_date", "2025-07-22",
                "sex", "L", "village_code", VILLAGE, "mother_name", "SITI ROHMAH", "birth_place", "JEPON");

        Score score = PersonModel.scorer(population()).score(named, newborn);

        assertThat(score.level("name")).as("the newborn has no name of its own yet").isEqualTo("null");
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.LINK);
    }

    @Test
    void keepsTwinsApartWhenTheirNiksAreConsecutive() {
        MatchRecord first = person("t1", "nik", "3316120807830333", "full_name", "I WAYAN GUNAWAN", "birth_date", "1983-07-08",
                "kk_number", "3316120411171147", "sex", "L", "village_code", VILLAGE, "mother_name", "SITI FATIMAH");
        MatchRecord second = person("t2", "nik", "3316120807830334", "full_name", "I MADE WIRAWAN", "birth_date", "1983-07-08",
                "kk_number", "3316120411171147", "sex", "L", "village_code", VILLAGE, "mother_name", "SITI FATIMAH");

        Score score = PersonModel.scorer(population()).score(first, second);

        assertThat(score.hardNegative()).isEqualTo("twins");
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.NEW);
    }

    @Test
    void keepsAMemberRegisteredUnderTheHeadsNikApartFromTheHead() {
        MatchRecord head = person("h", "nik", "3316092002632226", "full_name", "MUHAMMAD HIDAYAT", "birth_date", "1963-02-20",
                "kk_number", "3316090911141834", "sex", "L", "village_code", VILLAGE, "birth_place", "BLORA");
        MatchRecord wife = person("w", "nik", "3316092002632226", "full_name", "Ibu UMI FATIMAH", "birth_date", "1965-04-23",
                "kk_number", "3316090911141834", "sex", "P", "village_code", VILLAGE, "birth_place", "BLORA");

        Score score = PersonModel.scorer(population()).score(head, wife);

        assertThat(score.weight()).as("NIK, KK and village alone would link them").isGreaterThan(12);
        assertThat(score.hardNegative()).isEqualTo("borrowed-nik");
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.NEW);
    }

    @Test
    void keepsFatherAndSonOfTheSameNameApart() {
        MatchRecord father = person("f", "full_name", "BUDI SANTOSO", "birth_date", "1960-04-11", "kk_number", "3316140911118703",
                "sex", "L", "village_code", VILLAGE);
        MatchRecord son = person("s", "full_name", "Budi Santoso", "birth_date", "1988-07-30", "kk_number", "3316140911118703",
                "sex", "L", "village_code", VILLAGE);

        Score score = PersonModel.scorer(population()).score(father, son);

        assertThat(score.hardNegative()).isEqualTo("same-name-different-birth-date");
        assertThat(PersonModel.MODEL.decide(score)).isEqualTo(Decision.NEW);
    }

    @Test
    void keepsTwoWomenWithACommonNameInTheSameVillageApart() {
        MatchRecord one = person("w1", "full_name", "SRI WAHYUNI", "birth_date", "1975-01-10", "village_code", VILLAGE, "sex", "P");
        MatchRecord other = person("w2", "full_name", "SRI WAHYUNI", "birth_date", "1982-06-21", "village_code", VILLAGE, "sex", "P");

        assertThat(decide(one, other)).isEqualTo(Decision.NEW);
    }

    @Test
    void weighsACommonNameLessThanARareOne() {
        MatchRecord common1 = person("c1", "full_name", "SRI WAHYUNI", "birth_date", "1975-01-10", "village_code", VILLAGE);
        MatchRecord common2 = person("c2", "full_name", "SRI WAHYUNI", "birth_date", "1975-01-10", "village_code", VILLAGE);
        MatchRecord rare1 = person("r1", "full_name", "WARGA H", "birth_date", "1975-01-10", "village_code", VILLAGE);
        MatchRecord rare2 = person("r2", "full_name", "WARGA H", "birth_date", "1975-01-10", "village_code", VILLAGE);
        Scorer scorer = PersonModel.scorer(population());

        Score common = scorer.score(common1, common2);
        Score rare = scorer.score(rare1, rare2);

        assertThat(common.results().get(1).weight()).isLessThan(rare.results().get(1).weight() - 4);
        assertThat(PersonModel.MODEL.decide(common)).as("same common name, birth date and village").isEqualTo(Decision.REVIEW);
        assertThat(PersonModel.MODEL.decide(rare)).isEqualTo(Decision.LINK);
    }

    @Test
    void keepsTwoDifferentValidNiksApartWhateverElseAgrees() {
        MatchRecord a = person("a", "nik", "3316142909611481", "full_name", "IMAM RAHAYU", "birth_date", "1961-09-29", "village_code", VILLAGE);
        MatchRecord b = person("b", "nik", "3316104111734037", "full_name", "IMAM RAHAYU", "birth_date", "1961-09-29", "village_code", VILLAGE);

        assertThat(PersonModel.scorer(population()).score(a, b).hardNegative()).isEqualTo("different-nik");
    }

    @Test
    void clusteringDoesNotChainTwinsThroughARecordLinkedToBoth() {
        // an undated record of the household looks like either twin; following both links would merge the twins
        MatchRecord twin1 = person("t1", "full_name", "HASAN SAPUTRA", "birth_date", "2015-03-02", "kk_number", "3316140911118703",
                "village_code", VILLAGE, "mother_name", "SITI AMINAH");
        MatchRecord twin2 = person("t2", "full_name", "HUSEN SAPUTRA", "birth_date", "2015-03-02", "kk_number", "3316140911118703",
                "village_code", VILLAGE, "mother_name", "SITI AMINAH");
        MatchRecord undated = person("u", "full_name", "HASAN SAPUTRA", "kk_number", "3316140911118703",
                "village_code", VILLAGE, "mother_name", "SITI AMINAH");
        Scorer scorer = PersonModel.scorer(population());
        List<Link> links = new ArrayList<>();
        for (MatchRecord[] pair : new MatchRecord[][] {{twin1, undated}, {twin2, undated}, {twin1, twin2}}) {
            Score score = scorer.score(pair[0], pair[1]);
            // the link to the second twin is forced here to show that clustering, not scoring, stops the chain
            links.add(new Link(pair[0], pair[1], score, score.hardNegative() == null ? Decision.LINK : Decision.NEW));
        }

        Clusterer.Clusters clusters = new Clusterer(scorer).cluster(List.of(twin1, twin2, undated), links);

        assertThat(clusters.together("t1", "t2")).isFalse();
        assertThat(clusters.together("t1", "u")).isTrue();
        assertThat(clusters.refusedMerges()).isEqualTo(1);
    }
}
