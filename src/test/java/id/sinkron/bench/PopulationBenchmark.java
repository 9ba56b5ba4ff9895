package id.sinkron.bench;

import id.sinkron.match.BatchMatcher;
import id.sinkron.match.BlockingIndex;
import id.sinkron.match.Cleaners;
import id.sinkron.match.Decision;
import id.sinkron.match.EmEstimator;
import id.sinkron.match.Frequencies;
import id.sinkron.match.Scorer;
import id.sinkron.match.MatchRecord;
import id.sinkron.match.MatchingConfigs;
import id.sinkron.match.MatchingModel;
import id.sinkron.match.PairMode;
import id.sinkron.match.PersonCleaners;
import id.sinkron.testdata.AgencyExtracts;
import id.sinkron.testdata.Population;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the person model ({@code config/matching.yml}) through the matching engine on a generated multi-agency
 * population ({@link Population}, {@link AgencyExtracts}): one deduplication over the Dukcapil, Dinsos, Dinkes
 * and Disdik extracts together, first with the hand-set m and u, then with m, u and prior estimated by EM on the
 * same records (unsupervised). Prints pairs compared, pairwise precision, recall and F1 over linked pairs and
 * over clusters, the time, and the errors by kind. The ground truth is read only to count.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.PopulationBenchmark</pre>
 *
 * Options: {@code -Dpopulation.size=100000}, {@code -Dpopulation.seed=1}, {@code -Dpopulation.corruption=1}
 * (scales every corruption rate), {@code -Dbench.config=config/matching.yml}, {@code -Dbench.params=both|config|em},
 * {@code -Dbench.random-pairs=1000000}.
 */
public final class PopulationBenchmark {

    public static void main(String[] args) {
        long seed = Long.getLong("population.seed", 1L);
        int size = Integer.getInteger("population.size", 100_000);
        double scale = Double.parseDouble(System.getProperty("population.corruption", "1"));
        Path configFile = Path.of(System.getProperty("bench.config", "config/matching.yml"));
        String params = System.getProperty("bench.params", "both");
        Cleaners cleaners = PersonCleaners.cleaners();
        MatchingModel held = new MatchingModel(MatchingConfigs.read(configFile), cleaners);

        long start = System.nanoTime();
        Population population = Population.generate(seed, size);
        AgencyExtracts extracts = AgencyExtracts.of(population, seed, scale);
        List<MatchRecord> records = new ArrayList<>();
        extracts.rows().forEach((agency, rows) -> {
            for (Map<String, String> row : rows) {
                records.add(held.preparer().prepare(row.get("source_record_id"), agency.name(), row));
            }
        });
        System.out.printf(Locale.ROOT, "Population benchmark: seed %d, %,d persons, %,d records (%s), corruption ×%.2f; generated in %.1f s; %d cores, heap %,d MB%n",
                seed, population.residents().size(), records.size(), extracts.rows().entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue().size())).toList(),
                scale, (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        PopulationErrors errors = new PopulationErrors(population, extracts, records);
        if (!"em".equals(params)) {
            run("parameters as held in " + configFile, held, records, errors);
        }
        if (!"config".equals(params)) {
            long emStart = System.nanoTime();
            EmEstimator.Estimate estimated = new EmEstimator(held, PairMode.DEDUPE, Long.getLong("bench.random-pairs", 1_000_000L), 42)
                    .estimate(records, held.blocking(), "population");
            System.out.printf(Locale.ROOT, "%nEM: prior %.3g; %.1f s%n", estimated.config().prior(), (System.nanoTime() - emStart) / 1e9);
            estimated.sessions().forEach(s -> System.out.printf(Locale.ROOT, "  rule %-32s %,10d pairs %4d it. λ %.4f recall %.3f%n",
                    s.rule(), s.pairs(), s.iterations(), s.lambda(), s.recall()));
            run("parameters estimated by EM on these records", new MatchingModel(estimated.config(), cleaners), records, errors);
        }
    }

    private static void run(String title, MatchingModel model, List<MatchRecord> records, PopulationErrors errors) {
        Function<MatchRecord, String> person = errors.person();
        System.out.printf(Locale.ROOT, "%n== dedup over all extracts, %s%n", title);
        long start = System.nanoTime();
        BatchMatcher.Result result = new BatchMatcher(model).run(records, PairMode.DEDUPE);
        double seconds = (System.nanoTime() - start) / 1e9;

        long truePairs = PairwiseQuality.truePairs(person, records, PairMode.DEDUPE);
        long[] blockedTrue = new long[1];
        BlockingIndex index = new BlockingIndex(model.blocking(), model.config().maxBlockSize(), PairMode.DEDUPE);
        records.forEach(index::add);
        index.forEachPair((a, b) -> blockedTrue[0] += PairwiseQuality.same(person, a, b) ? 1 : 0);
        long linked = result.links().stream().filter(l -> l.decision() == Decision.LINK).count();
        long linkedTrue = result.links().stream().filter(l -> l.decision() == Decision.LINK)
                .filter(l -> PairwiseQuality.same(person, l.a(), l.b())).count();
        long review = result.links().size() - linked;
        long reviewTrue = result.links().stream().filter(l -> l.decision() == Decision.REVIEW)
                .filter(l -> PairwiseQuality.same(person, l.a(), l.b())).count();
        long n = records.size();
        System.out.printf(Locale.ROOT, "pairs compared %,d (of %,d possible); blocking keeps %,d of %,d true pairs (%.4f); %d blocks skipped%n",
                result.pairsCompared(), n * (n - 1) / 2, blockedTrue[0], truePairs, blockedTrue[0] / (double) truePairs,
                result.skippedBlocks().size());
        System.out.printf(Locale.ROOT, "matching time %.1f s (blocking, scoring, clustering)%n", seconds);
        System.out.println("linked pairs:     " + new PairwiseQuality(linkedTrue, linked, truePairs));
        System.out.println("clustered pairs:  " + PairwiseQuality.ofClusters(person, records,
                r -> result.clusters().clusterOf().get(r.id()), PairMode.DEDUPE)
                + String.format(Locale.ROOT, "; %d merges refused", result.clusters().refusedMerges()));
        System.out.printf(Locale.ROOT, "review: %,d pairs (%,d of them true)%n", review, reviewTrue);
        errors.print(result.links(), result.clusters(), new Scorer(model, Frequencies.NONE));
    }
}
