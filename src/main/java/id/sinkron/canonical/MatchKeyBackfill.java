package id.sinkron.canonical;

import id.sinkron.match.BlockKey;
import id.sinkron.match.Linker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code person_match_keys} following the linker's blocking rules. A store filled under the exact-NIK linker
 * has no keys, and a change of the rules in {@code config/matching.yml} leaves the stored ones wrong; either way the
 * probabilistic linker would miss candidates. So at start-up, before routes and HTTP start, the keys of every
 * person are recomputed from the golden record when the rules recorded in {@code match_key_state} are not the
 * linker's ({@link #catchUp}); an administrator can ask for the same in the background ({@link #rebuild}).
 *
 * <p>A rebuild walks the persons in id order, {@value #BATCH} per transaction, locking them like {@link PersonWriter}
 * does (rows in id order) so a concurrent batch writing the same person waits or is waited for; after each batch
 * the last id is recorded, so a stopped rebuild resumes there, and two processes share one rebuild batch by batch.
 */
@Service
public class MatchKeyBackfill implements SmartInitializingSingleton, DisposableBean {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(MatchKeyBackfill.class);
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final MatchKeyBuildSql sql;
    private final MatchKeySql keys;
    private final Linker linker;
    private final MatchKeyRules rules;
    private final TransactionTemplate tx;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "match-keys");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;

    MatchKeyBackfill(MatchKeyBuildSql sql, MatchKeySql keys, Linker linker, MatchKeyRules rules, TransactionTemplate tx) {
        this.sql = sql;
        this.keys = keys;
        this.linker = linker;
        this.rules = rules;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        catchUp();
    }

    /**
     * Brings the stored keys up to the linker's rules: nothing when they already follow them, the rest of a
     * stopped rebuild, or a rebuild of every person. With a linker that keeps no keys, records that the stored ones
     * are no longer kept.
     */
    public void catchUp() {
        MatchKeyBuildSql.State state = sql.state();
        if (!rules.keepsKeys()) {
            if (state.rules() != null || state.target() != null) {
                sql.forget();
                log.info("Match keys: the linker keeps none; the stored ones are rebuilt when the probabilistic linker is back");
            }
            return;
        }
        if (rules.fingerprint().equals(state.target())) {
            log.info("Match keys: resuming the rebuild at {} of {} persons", state.done(), state.total());
        } else if (rules.fingerprint().equals(state.rules())) {
            return;
        } else {
            sql.begin(rules.fingerprint());
            long total = sql.state().total();
            if (total > 0) {
                log.info("Match keys: the stored keys do not follow the blocking rules of the linker; rebuilding them for {} persons", total);
            }
        }
        if (running.compareAndSet(false, true)) {
            try {
                run();
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * Rebuilds the keys of every person in the background, even when they are up to date (after a change to a
     * cleaner's code, say); a rebuild already running goes on.
     *
     * @throws MatchKeysNotKept when the linker keeps no keys
     */
    public MatchKeyProgress rebuild() {
        if (!rules.keepsKeys()) {
            throw new MatchKeysNotKept();
        }
        if (running.compareAndSet(false, true)) {
            sql.begin(rules.fingerprint());
            background.execute(() -> {
                try {
                    run();
                } catch (RuntimeException e) {
                    log.error("Match keys: the rebuild stopped; it resumes at the next start or request", e);
                } finally {
                    running.set(false);
                }
            });
        }
        return progress();
    }

    public MatchKeyProgress progress() {
        MatchKeyBuildSql.State state = sql.state();
        boolean upToDate = rules.keepsKeys() && rules.fingerprint().equals(state.rules()) && state.target() == null;
        return new MatchKeyProgress(rules.keepsKeys(), upToDate, state.target() != null, state.done(), state.total(),
                state.startedAt(), state.finishedAt());
    }

    private void run() {
        long started = System.nanoTime();
        long logged = started;
        long done = 0;
        Step step;
        do {
            step = tx.execute(status -> step());
            done += step.done();
            if (step.total() > 0 && (System.nanoTime() - logged > LOG_EVERY_NANOS)) {
                log.info("Match keys: {} of {} persons", step.doneSoFar(), step.total());
                logged = System.nanoTime();
            }
        } while (!step.finished() && !stopping);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (done == 0 && step.finished()) {
            return;
        }
        log.info("Match keys: {} persons in {} s ({} persons/s){}", done, String.format("%.1f", seconds),
                seconds > 0 ? Math.round(done / seconds) : done, step.finished() ? "" : "; stopped, resumes at the next start");
    }

    /** One batch in one transaction. */
    private Step step() {
        MatchKeyBuildSql.State state = sql.lockState();
        if (state.target() == null) {
            return new Step(0, state.done(), state.total(), true);
        }
        List<MatchKeyBuildSql.Golden> persons = sql.lockNext(state.afterId(), BATCH);
        Map<UUID, List<BlockKey>> byPerson = new LinkedHashMap<>();
        persons.forEach(p -> byPerson.put(p.id(), linker.storedKeys(p.record())));
        keys.replace(byPerson);
        if (persons.size() < BATCH) {
            sql.finish(persons.size());
            return new Step(persons.size(), state.done() + persons.size(), state.total(), true);
        }
        sql.advance(persons.get(persons.size() - 1).id(), persons.size());
        return new Step(persons.size(), state.done() + persons.size(), state.total(), false);
    }

    private record Step(int done, long doneSoFar, long total, boolean finished) {}

    @Override
    public void destroy() {
        stopping = true;
        background.shutdown();
    }
}
