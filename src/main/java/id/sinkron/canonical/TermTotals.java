package id.sinkron.canonical;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * How many golden persons hold a term key of each {@code tf:} rule: the denominator of a value's frequency.
 * Counting a rule reads its whole part of the {@code (rule, key)} index, so a large store's totals are counted
 * again at most once a minute (a frequency needs no more precision than that); a store of fewer than 50,000
 * persons is counted at every batch, which costs a few milliseconds and keeps a young store's frequencies right.
 */
@Component
class TermTotals {

    static final long COUNT_ALWAYS_BELOW = 50_000;
    static final Duration KEEP = Duration.ofMinutes(1);

    private final MatchKeySql sql;
    private final Clock clock;
    private Map<String, Long> totals = Map.of();
    private Instant countedAt = Instant.MIN;

    TermTotals(MatchKeySql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The totals of {@code rules}, counted now or within the last minute. */
    synchronized Map<String, Long> of(Collection<String> rules) {
        Instant now = clock.instant();
        boolean small = totals.values().stream().mapToLong(Long::longValue).max().orElse(0) < COUNT_ALWAYS_BELOW;
        if (small || !totals.keySet().containsAll(rules) || countedAt.plus(KEEP).isBefore(now)) {
            TreeSet<String> all = new TreeSet<>(rules);
            all.addAll(totals.keySet());
            Map<String, Long> counted = new HashMap<>(sql.totals(all));
            totals = Map.copyOf(counted);
            countedAt = now;
        }
        return totals;
    }
}
