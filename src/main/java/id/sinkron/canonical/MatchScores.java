package id.sinkron.canonical;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The scores (match weights) of the source records linked by the probabilistic linker, as a histogram. */
@Repository
public class MatchScores {

    /** The link rule of the probabilistic linker ({@code match.ProbabilisticLinker.RULE}). */
    static final String RULE = "probabilistic";
    /** A histogram wider than this is not read by anyone; wider ranges get wider buckets. */
    static final int MAX_BUCKETS = 200;

    private final JdbcTemplate jdbc;

    public MatchScores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Source records whose score is in {@code [from, to)}. */
    public record Bucket(double from, double to, long count) {}

    /**
     * @param width the width of a bucket, as asked or widened to keep at most {@value #MAX_BUCKETS} buckets
     * @param buckets every bucket from the lowest score to the highest, empty ones included; empty without scores
     */
    public record Histogram(long scored, double width, List<Bucket> buckets) {}

    /** The histogram of scores in buckets of {@code width}, aligned on multiples of it. */
    public Histogram histogram(double width) {
        double[] range = jdbc.queryForObject("select min(score), max(score), count(score) from source_records where link_rule = ?",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getLong(3)}, RULE);
        long scored = (long) range[2];
        if (scored == 0) {
            return new Histogram(0, width, List.of());
        }
        double w = Math.max(width, (range[1] - range[0]) / MAX_BUCKETS);
        long first = (long) Math.floor(range[0] / w);
        long last = (long) Math.floor(range[1] / w);
        long[] counts = new long[(int) (last - first + 1)];
        jdbc.query("""
                select floor(score / ?)::bigint as bucket, count(*) from source_records
                 where link_rule = ? and score is not null group by 1
                """, rs -> {
                    counts[(int) Math.max(0, Math.min(counts.length - 1, rs.getLong(1) - first))] += rs.getLong(2);
                }, w, RULE);
        List<Bucket> buckets = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket(round((first + i) * w), round((first + i + 1) * w), counts[i]));
        }
        return new Histogram(scored, w, buckets);
    }

    /** Source records scored at least {@code from} and below {@code to} (either may be null: unbounded). */
    public long between(Double from, Double to) {
        return jdbc.queryForObject("""
                select count(*) from source_records where link_rule = ? and score is not null
                   and (?::float8 is null or score >= ?) and (?::float8 is null or score < ?)
                """, Long.class, RULE, from, from, to, to);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
