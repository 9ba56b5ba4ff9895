package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.match.BlockKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermTotalsTest {

    private static final BlockKey SRI = new BlockKey("tf:full_name", "SRI WAHYUNI");
    private static final BlockKey RARE = new BlockKey("tf:full_name", "KRISNA ADIPUTRA");

    /** The store's counts, and every key it was asked to count. */
    private static final class Store extends MatchKeySql {
        long total;
        final Map<BlockKey, Long> held = new HashMap<>();
        final List<BlockKey> counted = new ArrayList<>();

        Store(long total) {
            super(null);
            this.total = total;
            held.put(SRI, 2_000L);
            held.put(RARE, 1L);
        }

        @Override
        Map<BlockKey, Long> counts(Collection<BlockKey> keys) {
            counted.addAll(keys);
            Map<BlockKey, Long> counts = new HashMap<>();
            keys.stream().filter(held::containsKey).forEach(k -> counts.put(k, held.get(k)));
            return counts;
        }

        @Override
        Map<String, Long> totals(Collection<String> rules) {
            return Map.of("tf:full_name", total);
        }
    }

    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aLargeStoreCountsACommonNameOnceAMinuteAndRareNamesAtEveryBatch() {
        Store store = new Store(1_000_000);
        Ticking clock = new Ticking();
        TermTotals totals = new TermTotals(store, clock);

        for (int batch = 0; batch < 3; batch++) {
            totals.of(List.of("tf:full_name"));
            assertThat(totals.counts(List.of(SRI, RARE))).containsEntry(SRI, 2_000L).containsEntry(RARE, 1L);
        }
        assertThat(store.counted).containsExactly(SRI, RARE, RARE, RARE);

        store.held.put(SRI, 2_500L);
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        totals.of(List.of("tf:full_name"));
        assertThat(totals.counts(List.of(SRI))).containsEntry(SRI, 2_500L);
    }

    @Test
    void aYoungStoreIsCountedAtEveryBatch() {
        Store store = new Store(300);
        TermTotals totals = new TermTotals(store, new Ticking());

        totals.of(List.of("tf:full_name"));
        totals.counts(List.of(SRI));
        store.total = 301;
        store.held.put(SRI, 2_001L);

        assertThat(totals.of(List.of("tf:full_name"))).containsEntry("tf:full_name", 301L);
        assertThat(totals.counts(List.of(SRI))).containsEntry(SRI, 2_001L);
    }
}
