package id.sinkron.match;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Pure per-record work of a batch (cleaning, blocking keys, reading candidates) spread over the machine's cores.
 * A batch's writing thread otherwise works alone while PostgreSQL waits, and waits while PostgreSQL works: the
 * batch's Java work on both cores shortens the first half. A dedicated pool with one thread a core: the common
 * pool has one thread fewer than there are cores, and other code may be using it. Small batches (a single pushed
 * record) stay on the calling thread, where handing work over costs more than it saves.
 */
public final class Parallel {

    /** Below this many items the work stays on the calling thread. */
    static final int AT_LEAST = 64;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        // not the pool index: a worker is registered only once it runs, so every new thread would say 0
        thread.setName("sinkron-match-" + THREADS.incrementAndGet());
        return thread;
    }, null, false);

    private Parallel() {
    }

    /** {@code function} applied to each item, in the items' order; the function must be safe to call from several threads. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        if (items.size() < AT_LEAST || POOL.getParallelism() < 2) {
            return items.stream().<R>map(function).toList();
        }
        return POOL.submit(() -> items.parallelStream().<R>map(function).toList()).join();
    }
}
