package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * EM on a synthetic population whose truth is known: 300 people, each with one duplicate in which every field is
 * replaced with probability 0.2. So m(exact) ≈ 0.8 for each field, and u(exact) is 1 / number of distinct values.
 */
class EmEstimatorTest {

    private static final int PEOPLE = 300;

    private static Level level(String label, LevelKind kind) {
        return new Level(label, kind, 0, null, false, 0.5, 0.5); // deliberately uninformed starting values
    }

    private static Comparison exactOrElse(String field) {
        return new Comparison(field, field, List.of(level("exact", LevelKind.EXACT), level("else", LevelKind.ELSE)));
    }

    private static final MatchingModel MODEL;

    static {
        Map<String, MatchingConfig.FieldSpec> fields = new LinkedHashMap<>();
        for (String field : List.of("name", "dob", "city")) {
            fields.put(field, new MatchingConfig.FieldSpec(null, List.of("trim")));
        }
        MODEL = new MatchingModel(new MatchingConfig("synthetic", 0.01, new MatchingConfig.Thresholds(0, -5), 1000, 1e-6, 0,
                fields, List.of(new BlockingRule("name", List.of("name")), new BlockingRule("dob", List.of("dob"))),
                List.of(exactOrElse("name"), exactOrElse("dob"), exactOrElse("city")), List.of(), null), Cleaners.builtIn());
    }

    private static List<MatchRecord> population() {
        Random random = new Random(7);
        List<MatchRecord> records = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            Map<String, String> original = Map.of("name", "n" + random.nextInt(100), "dob", "d" + random.nextInt(2000),
                    "city", "c" + random.nextInt(20));
            records.add(MODEL.preparer().prepare("p" + p + "-org", "s", original));
            Map<String, String> duplicate = new LinkedHashMap<>(original);
            duplicate.replaceAll((field, value) -> random.nextDouble() < 0.2 ? value + "x" + random.nextInt(1000) : value);
            records.add(MODEL.preparer().prepare("p" + p + "-dup", "s", duplicate));
        }
        return records;
    }

    private static Level exact(MatchingConfig config, String comparison) {
        return config.comparisons().stream().filter(c -> c.name().equals(comparison)).findFirst().orElseThrow().levels().get(0);
    }

    @Test
    void recoversMAndUFromUnlabelledPairs() {
        EmEstimator.Estimate estimate = new EmEstimator(MODEL, PairMode.DEDUPE, 1_000_000, 1)
                .estimate(population(), MODEL.blocking(), "synthetic");
        MatchingConfig config = estimate.config();

        assertThat(exact(config, "name").m()).isCloseTo(0.8, within(0.08));
        assertThat(exact(config, "dob").m()).isCloseTo(0.8, within(0.08));
        assertThat(exact(config, "city").m()).isCloseTo(0.8, within(0.08));
        assertThat(exact(config, "name").u()).isCloseTo(0.01, within(0.003));
        assertThat(exact(config, "city").u()).isCloseTo(0.9 * 0.9 / 20, within(0.005)); // both records kept their city, and it is the same
        assertThat(config.estimation().method()).isEqualTo("em");
    }

    @Test
    void estimatesThePriorFromTheShareOfMatchesAmongBlockedPairs() {
        List<MatchRecord> records = population();
        double truth = PEOPLE / (records.size() * (records.size() - 1) / 2.0);

        double prior = new EmEstimator(MODEL, PairMode.DEDUPE, 1_000_000, 1).estimate(records, MODEL.blocking(), "synthetic")
                .config().prior();

        // each rule finds about 80 % of the matches; the prior counts the ones both rules miss as well
        assertThat(prior).isBetween(truth * 0.8, truth * 1.2);
    }

    @Test
    void leavesAComparisonOnTheTrainingRulesOwnColumnAsItWas() {
        EmEstimator.Estimate estimate = new EmEstimator(MODEL, PairMode.DEDUPE, 1_000_000, 1)
                .estimate(population(), List.of(new BlockingRule("name", List.of("name"))), "synthetic");

        assertThat(estimate.sessionsPerComparison()).containsExactly(0, 1, 1);
        assertThat(exact(estimate.config(), "name").m()).isEqualTo(0.5);
    }
}
