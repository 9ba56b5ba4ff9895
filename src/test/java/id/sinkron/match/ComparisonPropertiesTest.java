package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** Invariants of the shipped comparisons: which record is the incoming one must not change the outcome. */
class ComparisonPropertiesTest {

    @Provide
    Arbitrary<MatchRecord> people() {
        Arbitrary<String> names = Arbitraries.of("SRI WAHYUNI", "SRI WAHYUNINGSIH", "BUDI SANTOSO", "BUDI SANTOSA",
                "MUHAMMAD RIZKI", "MOCHAMAD RISKI", "SITI AMINAH");
        Arbitrary<String> dates = Arbitraries.of("1987-09-05", "1987-05-09", "1988-09-05", "1960-09-05", "1987-09-15");
        Arbitrary<String> niks = Arbitraries.of("3316142909611481", "3316142909611418", "3316142909611487", "3316104111734037");
        Arbitrary<String> villages = Arbitraries.of("3316142015", "3316142001", "3316102001");
        return Combinators.combine(names, dates, niks, villages)
                .as((name, date, nik, village) -> PersonModel.person(name + date + nik, "full_name", name, "birth_date", date,
                        "nik", nik, "village_code", village, "kk_number", village + "000001"));
    }

    @Property(tries = 300)
    void scoringIsSymmetric(@ForAll("people") MatchRecord a, @ForAll("people") MatchRecord b) {
        Scorer scorer = PersonModel.scorer(java.util.List.of(a, b));

        Score ab = scorer.score(a, b);
        Score ba = scorer.score(b, a);

        assertThat(ba.results()).isEqualTo(ab.results());
        assertThat(ba.hardNegative()).isEqualTo(ab.hardNegative());
    }

    @Property(tries = 100)
    void aRecordComparedWithItselfFallsIntoTheFirstLevelOfEveryComparisonItHasAValueFor(@ForAll("people") MatchRecord a) {
        Score score = PersonModel.scorer(java.util.List.of(a)).score(a, a);

        assertThat(score.results()).allSatisfy(r -> assertThat(r.level()).isIn("null", "exact", "exact after normalization"));
        assertThat(score.hardNegative()).isNull();
    }
}
