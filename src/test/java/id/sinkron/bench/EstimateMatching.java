package id.sinkron.bench;

import id.sinkron.match.PersonCleaners;
import id.sinkron.match.Comparison;
import id.sinkron.match.EmEstimator;
import id.sinkron.match.Level;
import id.sinkron.match.MatchRecord;
import id.sinkron.match.MatchingConfigs;
import id.sinkron.match.MatchingModel;
import id.sinkron.match.PairMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Estimates m, u and the prior of a matching configuration from unlabelled records with EM (Splink-style) and
 * writes the configuration back with the estimates and their provenance.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.EstimateMatching \
 *     -Dmatch.config=config/matching.yml -Dmatch.data=records.csv [-Dmatch.out=FILE] [-Dmatch.mode=dedupe|link]</pre>
 *
 * {@code match.data} is a comma-separated list of files: CSV files whose header names the configuration's input
 * columns (an {@code id} column identifies records), or FEBRL files with {@code -Dmatch.format=febrl}. Two or more
 * files with {@code match.mode=link} estimate for linkage between them. {@code match.out} defaults to the input
 * configuration; {@code -Dmatch.random-pairs} (default 1,000,000) sets the sample for u.
 */
public final class EstimateMatching {

    public static void main(String[] args) {
        Path configFile = Path.of(required("match.config"));
        Path out = Path.of(System.getProperty("match.out", configFile.toString()));
        PairMode mode = PairMode.valueOf(System.getProperty("match.mode", "dedupe").toUpperCase(Locale.ROOT));
        boolean febrl = "febrl".equals(System.getProperty("match.format", "csv"));
        MatchingModel model = new MatchingModel(MatchingConfigs.read(configFile), PersonCleaners.cleaners());
        List<MatchRecord> records = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String data : required("match.data").split(",")) {
            Path file = Path.of(data.strip());
            String source = file.getFileName().toString();
            names.add(source);
            List<java.util.Map<String, String>> rows = febrl ? FebrlData.rows(file) : CsvRows.read(file);
            for (int i = 0; i < rows.size(); i++) {
                java.util.Map<String, String> row = rows.get(i);
                String id = row.getOrDefault(febrl ? "rec_id" : "id", source + ":" + (i + 1));
                records.add(model.preparer().prepare(id, source, row));
            }
        }
        long start = System.nanoTime();
        EmEstimator.Estimate estimate = new EmEstimator(model, mode, Long.getLong("match.random-pairs", 1_000_000L), 42)
                .estimate(records, model.blocking(), String.join("+", names));
        System.out.printf(Locale.ROOT, "%,d records, %s; %.1f s%n", records.size(), mode, (System.nanoTime() - start) / 1e9);
        estimate.sessions().forEach(s -> System.out.printf(Locale.ROOT, "  EM on rule %-28s %,10d pairs %4d iterations  λ %.4f  recall %.4f%n",
                s.rule(), s.pairs(), s.iterations(), s.lambda(), s.recall()));
        List<Comparison> comparisons = estimate.config().comparisons();
        for (int c = 0; c < comparisons.size(); c++) {
            System.out.printf(Locale.ROOT, "%s%s%n", comparisons.get(c).name(),
                    estimate.sessionsPerComparison()[c] == 0 ? "  (m not estimated: every training rule blocks on it)" : "");
            for (Level level : comparisons.get(c).levels()) {
                System.out.printf(Locale.ROOT, "  %-34s m %.4g  u %.4g  weight %+6.2f%n", level.label(), level.m(), level.u(), level.weight());
            }
        }
        System.out.printf(Locale.ROOT, "prior %.4g%n", estimate.config().prior());
        MatchingConfigs.write(out, estimate.config(), "# Matching model; m, u and prior estimated by EM ("
                + "id.sinkron.bench.EstimateMatching, see README \"Matching\").\n# Edit levels, blocking and thresholds freely;"
                + " re-run the estimate after changing levels.\n");
        System.out.println("written to " + out);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalArgumentException("set -D" + property + " (see the Javadoc of EstimateMatching)");
        }
        return value;
    }
}
