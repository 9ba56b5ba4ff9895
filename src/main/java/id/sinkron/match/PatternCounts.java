package id.sinkron.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate pairs reduced to how often each comparison vector (one level per comparison) occurs, together with
 * which training rules' keys the pair shares: EM then iterates over a few thousand patterns instead of every
 * pair. A vector is packed into a long, four bits per comparison holding level + 1 (0 for null).
 */
final class PatternCounts {

    static final int MAX_COMPARISONS = 15;
    static final int MAX_LEVELS = 14;

    /** A comparison vector and the bit set of training rules whose key the pair shares. */
    record Pattern(long levels, int rules) {
    }

    private final List<Comparison> comparisons;
    private final List<BlockingRule> rules;
    private final Map<Pattern, Long> counts = new HashMap<>();
    private long pairs;

    PatternCounts(List<Comparison> comparisons, List<BlockingRule> rules) {
        if (comparisons.size() > MAX_COMPARISONS
                || comparisons.stream().anyMatch(c -> c.levels().size() > MAX_LEVELS)) {
            throw new IllegalArgumentException("estimation supports at most " + MAX_COMPARISONS
                    + " comparisons of at most " + MAX_LEVELS + " levels");
        }
        this.comparisons = comparisons;
        this.rules = rules;
    }

    void add(MatchRecord a, MatchRecord b) {
        long pattern = 0;
        for (int c = 0; c < comparisons.size(); c++) {
            pattern |= (long) (comparisons.get(c).levelOf(a, b) + 1) << (4 * c);
        }
        int shared = 0;
        for (int r = 0; r < rules.size(); r++) {
            String key = rules.get(r).key(a);
            if (key != null && key.equals(rules.get(r).key(b))) {
                shared |= 1 << r;
            }
        }
        counts.merge(new Pattern(pattern, shared), 1L, Long::sum);
        pairs++;
    }

    static int level(long pattern, int comparison) {
        return (int) ((pattern >>> (4 * comparison)) & 0xF) - 1;
    }

    Map<Pattern, Long> counts() {
        return counts;
    }

    long pairs() {
        return pairs;
    }
}
