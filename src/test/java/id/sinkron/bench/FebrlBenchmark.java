package id.sinkron.bench;

import id.sinkron.match.BatchMatcher;
import id.sinkron.match.BlockingIndex;
import id.sinkron.match.Cleaners;
import id.sinkron.match.Decision;
import id.sinkron.match.EmEstimator;
import id.sinkron.match.MatchRecord;
import id.sinkron.match.MatchingConfigs;
import id.sinkron.match.MatchingModel;
import id.sinkron.match.PairMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs the matching engine on FEBRL: deduplicates dataset3 and links dataset4a with dataset4b (no one-to-one
 * assumption), printing pairs compared, pairwise precision, recall and F1, and time. Parameters are estimated
 * by EM on each dataset before matching (unsupervised: rec_id is never read by the matcher), or taken as held
 * in the configuration with {@code -Dbench.params=config}.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.FebrlBenchmark</pre>
 *
 * Options: {@code -Dbench.febrl=DIR} (default {@code ../shared/datasets/febrl}),
 * {@code -Dbench.config=FILE} (default {@code src/test/resources/bench/febrl-matching.yml}),
 * {@code -Dbench.params=em|config}, {@code -Dbench.random-pairs=1000000}, {@code -Dbench.all=true} (dataset1 and
 * dataset2 as well).
 */
public final class FebrlBenchmark {

    private static final Function<MatchRecord, String> PERSON = r -> FebrlData.person(r.id());

    public static void main(String[] args) {
        Path configFile = Path.of(System.getProperty("bench.config", "src/test/resources/bench/febrl-matching.yml"));
        boolean estimate = !"config".equals(System.getProperty("bench.params", "em"));
        long randomPairs = Long.getLong("bench.random-pairs", 1_000_000L);
        MatchingModel held = new MatchingModel(MatchingConfigs.read(configFile), Cleaners.builtIn());
        System.out.printf(Locale.ROOT, "FEBRL benchmark: %s, parameters %s%n", FebrlData.dir().toAbsolutePath().normalize(),
                estimate ? "estimated by EM on each dataset (unsupervised)" : "as held in " + configFile);
        if (Boolean.getBoolean("bench.all")) {
            run("dataset1 (deduplication)", PairMode.DEDUPE, held, estimate, randomPairs, "dataset1");
            run("dataset2 (deduplication)", PairMode.DEDUPE, held, estimate, randomPairs, "dataset2");
        }
        run("dataset3 (deduplication)", PairMode.DEDUPE, held, estimate, randomPairs, "dataset3");
        run("dataset4a ↔ dataset4b (linkage)", PairMode.LINK, held, estimate, randomPairs, "dataset4a", "dataset4b");
    }

    private static void run(String title, PairMode mode, MatchingModel held, boolean estimate, long randomPairs,
            String... datasets) {
        List<MatchRecord> records = new ArrayList<>();
        for (String dataset : datasets) {
            records.addAll(FebrlData.records(dataset, held));
        }
        System.out.printf(Locale.ROOT, "%n== %s: %,d records%n", title, records.size());
        MatchingModel model = held;
        if (estimate) {
            long start = System.nanoTime();
            EmEstimator.Estimate estimated = new EmEstimator(held, mode, randomPairs, 42)
                    .estimate(records, held.blocking(), String.join("+", datasets));
            model = new MatchingModel(estimated.config(), Cleaners.builtIn());
            System.out.printf(Locale.ROOT, "EM: %s; prior %.3g; %.1f s%n", estimated.sessions().stream()
                    .map(s -> String.format(Locale.ROOT, "%s %,d pairs %d it. λ=%.3f recall %.3f", s.rule(), s.pairs(), s.iterations(), s.lambda(), s.recall()))
                    .toList(), estimated.config().prior(), (System.nanoTime() - start) / 1e9);
        }
        long start = System.nanoTime();
        BatchMatcher.Result result = new BatchMatcher(model).run(records, mode);
        double seconds = (System.nanoTime() - start) / 1e9;

        long truePairs = PairwiseQuality.truePairs(PERSON, records, mode);
        long[] blockedTrue = new long[1];
        BlockingIndex index = new BlockingIndex(model.blocking(), model.config().maxBlockSize(), mode);
        records.forEach(index::add);
        index.forEachPair((a, b) -> blockedTrue[0] += PairwiseQuality.same(PERSON, a, b) ? 1 : 0);

        long linked = result.links().stream().filter(l -> l.decision() == Decision.LINK).count();
        long linkedTrue = result.links().stream().filter(l -> l.decision() == Decision.LINK)
                .filter(l -> PairwiseQuality.same(PERSON, l.a(), l.b())).count();
        long review = result.links().size() - linked;
        long reviewTrue = result.links().stream().filter(l -> l.decision() == Decision.REVIEW)
                .filter(l -> PairwiseQuality.same(PERSON, l.a(), l.b())).count();
        System.out.printf(Locale.ROOT, "pairs compared %,d (of %,d possible); blocking keeps %,d of %,d true pairs (%.4f); %d blocks skipped%n",
                result.pairsCompared(), possible(records, mode), blockedTrue[0], truePairs, blockedTrue[0] / (double) truePairs,
                result.skippedBlocks().size());
        System.out.printf(Locale.ROOT, "matching time %.2f s (blocking, scoring, clustering)%n", seconds);
        System.out.println("linked pairs:     " + new PairwiseQuality(linkedTrue, linked, truePairs));
        System.out.println("clustered pairs:  " + PairwiseQuality.ofClusters(PERSON, records,
                r -> result.clusters().clusterOf().get(r.id()), mode)
                + String.format(Locale.ROOT, "; %d merges refused", result.clusters().refusedMerges()));
        System.out.printf(Locale.ROOT, "review: %,d pairs (%,d of them true)%n", review, reviewTrue);
    }

    private static long possible(List<MatchRecord> records, PairMode mode) {
        long n = records.size();
        if (mode == PairMode.DEDUPE) {
            return n * (n - 1) / 2;
        }
        long first = records.stream().filter(r -> r.source().equals(records.get(0).source())).count();
        return first * (n - first);
    }
}
