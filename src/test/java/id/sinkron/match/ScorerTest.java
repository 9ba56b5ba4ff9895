package id.sinkron.match;

import static id.sinkron.match.PersonModel.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Test
    void explainsEveryComparisonWithItsLevelAndWeight() {
        MatchRecord a = person("a", "nik", "3316142909611481", "full_name", "IMAM RAHAYU", "birth_date", "1961-09-29");
        MatchRecord b = person("b", "nik", "3316142909611481", "full_name", "IMAM RAHAYU", "birth_date", "1961-09-29");

        Score score = PersonModel.scorer(List.of(a, b)).score(a, b);

        assertThat(score.results()).extracting(ComparisonResult::comparison)
                .containsExactly("nik", "name", "birth-date", "sex", "birth-place", "mother-name", "village", "kk", "phone");
        assertThat(score.level("nik")).isEqualTo("exact");
        assertThat(score.level("phone")).isEqualTo("null");
        double sum = score.results().stream().mapToDouble(ComparisonResult::weight).sum();
        double prior = PersonModel.MODEL.config().prior();
        assertThat(score.weight()).isCloseTo(sum + Math.log(prior / (1 - prior)) / Math.log(2), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aMissingValueWeighsNothing() {
        MatchRecord a = person("a", "full_name", "IMAM RAHAYU");
        MatchRecord b = person("b", "full_name", "IMAM RAHAYU", "phone", "089562584861");

        Score score = PersonModel.scorer(List.of(a, b)).score(a, b);

        assertThat(score.results()).filteredOn(r -> r.comparison().equals("phone")).singleElement()
                .satisfies(r -> assertThat(r.weight()).isZero());
    }

    @Test
    void matchesAnIncomingRecordAgainstWhatIsKnown() {
        BlockingIndex index = new BlockingIndex(PersonModel.MODEL.blocking(), 1000, PairMode.DEDUPE);
        MatchRecord known = person("known", "nik", "3316142909611481", "full_name", "IMAM RAHAYU", "birth_date", "1961-09-29",
                "village_code", "3316142015");
        MatchRecord stranger = person("stranger", "full_name", "IMAM RAHAYU", "birth_date", "1990-01-01", "village_code", "3316142015");
        index.add(known);
        index.add(stranger);
        TermFrequencies frequencies = TermFrequencies.of(PersonModel.MODEL.tfFields(), List.of(known, stranger));
        MatchRecord incoming = person("in", "full_name", "IMAM RAHAYU", "birth_date", "1961-09-29", "village_code", "33.16.14.2015",
                "nik", "3316142909611481");

        List<Link> links = new RecordMatcher(PersonModel.MODEL, frequencies).match(incoming, index);

        assertThat(links).extracting(l -> l.b().id(), Link::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("known", Decision.LINK),
                        org.assertj.core.groups.Tuple.tuple("stranger", Decision.NEW));
    }

    @Test
    void aCommonNameWeighsLessThanARareOneAmongManyPersons() {
        Frequencies regency = (field, value) -> new Frequencies.Count(value.equals("SRI WAHYUNI") ? 2_000 : 1, 1_000_000);
        Scorer scorer = new Scorer(PersonModel.MODEL, regency);
        double level = nameWeight(new Scorer(PersonModel.MODEL, Frequencies.NONE), "SRI WAHYUNI");

        double common = nameWeight(scorer, "SRI WAHYUNI");
        double rare = nameWeight(scorer, "KRISNA ADIPUTRA");

        assertThat(common).isLessThan(level - 1);
        assertThat(rare).isGreaterThan(level + 1);
    }

    @Test
    void aNameCountedAmongFewPersonsWeighsAboutAsItsLevel() {
        // in a store of 300 persons, 3 namesakes are 1 %: as a share that would take 4 bits off the name
        Frequencies young = (field, value) -> new Frequencies.Count(3, 300);
        double level = nameWeight(new Scorer(PersonModel.MODEL, Frequencies.NONE), "SRI WAHYUNI");

        double weight = nameWeight(new Scorer(PersonModel.MODEL, young), "SRI WAHYUNI");

        assertThat(weight).isCloseTo(level, org.assertj.core.data.Offset.offset(1.0));
    }

    private static double nameWeight(Scorer scorer, String name) {
        MatchRecord a = person("a", "full_name", name);
        MatchRecord b = person("b", "full_name", name);
        Score score = scorer.score(a, b);
        assertThat(score.level("name")).isEqualTo("exact after normalization");
        return score.results().stream().filter(r -> r.comparison().equals("name")).findFirst().orElseThrow().weight();
    }
}
