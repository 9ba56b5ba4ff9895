package id.sinkron.canonical;

import id.sinkron.match.BlockKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * How many golden persons hold each term key ({@code tf:} rules), and how many hold any key of each rule: the
 * numerator and denominator of a value's frequency. Counting reads the index entries of each key, and a common
 * name has thousands, so in a large store the counts of common values (at least {@link #COMMON} holders) and the
 * totals are kept for a minute (a frequency needs no more precision than that) and only rarer values are counted
 * for each batch. A store of fewer than {@link #COUNT_ALWAYS_BELOW} persons is counted at every batch, which costs a
 * few milliseconds and keeps a young store's frequencies exact.
 */
@Component
class TermTotals {

    static final long COUNT_ALWAYS_BELOW = 50_000;
    static final long COMMON = 100;
    static final Duration KEEP = Duration.ofMinutes(1);

    private final MatchKeySql sql;
    private final Clock clock;
    private Map<String, Long> totals = Map.of();
    private final Map<BlockKey, Long> common = new HashMap<>();
    private Instant countedAt = Instant.MIN;

    TermTotals(MatchKeySql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The totals of {@code rules}, counted now or within the last minute. */
    synchronized Map<String, Long> of(Collection<String> rules) {
        if (stale() || !totals.keySet().containsAll(rules)) {
            TreeSet<String> all = new TreeSet<>(rules);
            all.addAll(totals.keySet());
            totals = Map.copyOf(sql.totals(all));
            common.clear();
            countedAt = clock.instant();
        }
        return totals;
    }

    /** How many golden persons hold each of {@code keys}; a key none holds is absent. */
    synchronized Map<BlockKey, Long> counts(Collection<BlockKey> keys) {
        if (stale()) {
            common.clear();
        }
        Map<BlockKey, Long> counts = new HashMap<>();
        List<BlockKey> missing = new ArrayList<>();
        for (BlockKey key : keys) {
            Long known = common.get(key);
            if (known != null) {
                counts.put(key, known);
            } else {
                missing.add(key);
            }
        }
        sql.counts(missing).forEach((key, n) -> {
            counts.put(key, n);
            if (n >= COMMON && !small()) {
                common.put(key, n);
            }
        });
        return counts;
    }

    private boolean stale() {
        return small() || countedAt.plus(KEEP).isBefore(clock.instant());
    }

    private boolean small() {
        return totals.values().stream().mapToLong(Long::longValue).max().orElse(0) < COUNT_ALWAYS_BELOW;
    }
}
