package id.sinkron.bench;

import id.sinkron.match.MatchRecord;
import id.sinkron.match.PairMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Pairwise precision, recall and F1 against a ground truth ({@code person}: the true person of a record). */
record PairwiseQuality(long truePositives, long predicted, long actual) {

    double precision() {
        return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    double recall() {
        return actual == 0 ? 0 : truePositives / (double) actual;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (%,d true of %,d predicted; %,d true pairs)",
                precision(), recall(), f1(), truePositives, predicted, actual);
    }

    static boolean same(Function<MatchRecord, String> person, MatchRecord a, MatchRecord b) {
        return person.apply(a).equals(person.apply(b));
    }

    /** True pairs of the records: within one dataset, or across sources when linking. */
    static long truePairs(Function<MatchRecord, String> person, List<MatchRecord> records, PairMode mode) {
        return pairsWithin(records, person, mode);
    }

    /** Pairs implied by clusters (every two records of a cluster), and how many are true. */
    static PairwiseQuality ofClusters(Function<MatchRecord, String> person, List<MatchRecord> records,
            Function<MatchRecord, String> cluster, PairMode mode) {
        Map<String, List<MatchRecord>> groups = new HashMap<>();
        records.forEach(r -> groups.computeIfAbsent(cluster.apply(r), k -> new ArrayList<>()).add(r));
        long predicted = 0;
        long correct = 0;
        for (List<MatchRecord> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    MatchRecord a = group.get(i);
                    MatchRecord b = group.get(j);
                    if (mode == PairMode.DEDUPE || !a.source().equals(b.source())) {
                        predicted++;
                        correct += same(person, a, b) ? 1 : 0;
                    }
                }
            }
        }
        return new PairwiseQuality(correct, predicted, truePairs(person, records, mode));
    }

    private static long pairsWithin(List<MatchRecord> records, Function<MatchRecord, String> key, PairMode mode) {
        Map<String, Map<String, Long>> perSource = new HashMap<>();
        records.forEach(r -> perSource.computeIfAbsent(key.apply(r), k -> new HashMap<>()).merge(r.source(), 1L, Long::sum));
        long pairs = 0;
        for (Map<String, Long> sources : perSource.values()) {
            long n = sources.values().stream().mapToLong(Long::longValue).sum();
            long all = n * (n - 1) / 2;
            if (mode == PairMode.LINK) {
                for (long k : sources.values()) {
                    all -= k * (k - 1) / 2;
                }
            }
            pairs += all;
        }
        return pairs;
    }
}
