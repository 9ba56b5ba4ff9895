package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    private static final List<Integer> MANY = IntStream.range(0, 20_000).boxed().toList();

    @Test
    void keepsTheItemsOrder() {
        assertThat(Parallel.map(MANY, i -> "r" + i)).containsExactlyElementsOf(MANY.stream().map(i -> "r" + i).toList());
    }

    @Test
    void spreadsALargeBatchOverTheCores() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: nothing to spread over");
        Set<String> threads = ConcurrentHashMap.newKeySet();

        Parallel.map(MANY, i -> {
            threads.add(Thread.currentThread().getName());
            // about a second of work in all: long enough for the pool's second thread to join in
            return IntStream.range(0, 50_000).map(j -> j * i).sum();
        });

        assertThat(threads).hasSizeGreaterThan(1).allMatch(name -> name.startsWith("sinkron-match-"));
    }

    @Test
    void keepsASmallBatchOnTheCallingThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        Parallel.map(MANY.subList(0, Parallel.AT_LEAST - 1), i -> threads.add(Thread.currentThread().getName()));

        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aFailingItemFailsTheWholeCall() {
        assertThatThrownBy(() -> Parallel.map(MANY, i -> {
            if (i == 12_345) {
                throw new IllegalStateException("record 12345 is broken");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("record 12345 is broken");
    }
}
