package id.sinkron.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the writing thread's wall-clock time goes, by phase of the write path: a JFR recording samples the
 * thread every 10 ms, running Java code or waiting in native code (mostly for PostgreSQL on the socket), and
 * each sample is given to the innermost frame that names a phase. Time PostgreSQL spends on a statement shows
 * as the phase that sent it. Start with {@code -XX:FlightRecorderOptions:stackdepth=256} (the default 64 cuts
 * the deep JDBC stacks short; cut stacks are counted apart).
 */
final class PhaseProfile implements AutoCloseable {

    /** Phase name, then the class name (simple, or its end) and method prefixes that mark it; first match wins per frame. */
    private static final List<String[]> RULES = List.of(
            new String[] {"candidates query (match keys)", "MatchKeySql", "personsSharing"},
            new String[] {"store match keys", "MatchKeySql", "replace", "insert"},
            new String[] {"clean candidates", "Linker", "prepareGolden"},
            new String[] {"feed events", "Feed", "append"},
            new String[] {"advisory locks", "PersonSql", "lock"},
            new String[] {"read links/NIKs/persons", "PersonSql", "links", "personsByNik", "lockPersons", "contributions"},
            new String[] {"store persons + versions", "PersonSql", "apply"},
            new String[] {"store persons + versions", "PersonSql$PersonChanges", ""},
            new String[] {"store source records (xref)", "PersonSql", "upsertLinks"},
            new String[] {"store raw records", "PersonSql", "insertRaws"},
            new String[] {"content hash", "PersonWriter", "hash"},
            new String[] {"block (keys)", "Linker", "keys"},
            new String[] {"score + decide", "Linker", "decide"},
            new String[] {"survivorship + diff", "Survivorship", "choose"},
            new String[] {"survivorship + diff", "PersonWriter", "diff"},
            new String[] {"run counts + rejections", "SyncRuns", ""},
            new String[] {"run counts + rejections", "Watermarks", ""},
            new String[] {"commit", "TransactionManager", "commit", "processCommit", "doCommit"},
            new String[] {"begin", "TransactionManager", "getTransaction", "doBegin", "startTransaction"},
            new String[] {"other linking", "PersonWriter", ""},
            new String[] {"normalize + validate", "PersonRecords", "parse"},
            new String[] {"normalize + validate", "Ingestion$Batch", "add", "parse"},
            new String[] {"read input (NDJSON)", "RowReader", ""});

    private final Recording recording = new Recording();
    private final Map<String, Integer> hot = new java.util.HashMap<>();
    private final String thread;

    PhaseProfile() {
        thread = Thread.currentThread().getName();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(10));
        // a parked thread is not sampled: its waits for work spread over the cores (Parallel) are timed instead
        recording.enable("jdk.ThreadPark").withThreshold(Duration.ZERO).withStackTrace();
        recording.enable("jdk.GarbageCollection");
        recording.setToDisk(true);
        recording.start();
    }

    /**
     * What the recording saw of the writing thread.
     *
     * @param samples samples of the thread running or in native code, by phase
     * @param parked seconds the thread spent parked, by phase: mostly waiting for work handed to the other cores
     * @param gcPauses seconds every thread stood still for the garbage collector
     */
    record Phases(Map<String, Integer> samples, Map<String, Double> parked, double gcPauses) {}

    /** What the recording saw, phases in the order of {@link #RULES}. */
    Phases stop() {
        recording.stop();
        Map<String, Integer> phases = new LinkedHashMap<>();
        Map<String, Double> parked = new LinkedHashMap<>();
        RULES.forEach(r -> phases.put(r[0], 0));
        double gc = 0;
        try {
            Path file = Files.createTempFile("sinkron-bench", ".jfr");
            recording.dump(file);
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gc += event.getDuration("sumOfPauses").toNanos() / 1e9;
                    continue;
                }
                if (type.equals("jdk.ThreadPark")) {
                    if (event.getThread() != null && thread.equals(event.getThread().getJavaName()) && event.getStackTrace() != null) {
                        parked.merge(phase(event.getStackTrace()), event.getDuration().toNanos() / 1e9, Double::sum);
                    }
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                    continue; // another recording's events (a -XX:StartFlightRecording beside this one)
                }
                RecordedThread sampled = event.getThread("sampledThread");
                if (sampled == null || !thread.equals(sampled.getJavaName()) || event.getStackTrace() == null) {
                    continue;
                }
                String phase = phase(event.getStackTrace());
                phases.merge(phase, 1, Integer::sum);
                hot.merge(phase + " | " + hotFrames(event.getStackTrace()), 1, Integer::sum);
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phases(phases, parked, gc);
    }

    private static String phase(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            for (String[] rule : RULES) {
                // "Linker" and "TransactionManager" stand for every implementation (ProbabilisticLinker, JdbcTransactionManager)
                boolean family = rule[1].equals("Linker") || rule[1].equals("TransactionManager");
                if (simple(type).equals(rule[1]) || family && type.endsWith(rule[1])) {
                    for (int i = 2; i < rule.length; i++) {
                        if (method.startsWith(rule[i])) {
                            return rule[0];
                        }
                    }
                }
            }
        }
        return stack.isTruncated() ? "other (stack cut short)" : "other";
    }

    /** The innermost frame and the innermost frame of Sinkron's own code. */
    private static String hotFrames(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        if (frames.isEmpty()) {
            return "?";
        }
        String top = name(frames.get(0));
        String own = frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("id.sinkron.")).findFirst()
                .map(PhaseProfile::name).orElse("-");
        return own + " <- " + top;
    }

    private static String name(RecordedFrame frame) {
        return simple(frame.getMethod().getType().getName()) + "." + frame.getMethod().getName();
    }

    /** The {@code n} most sampled (phase, Sinkron frame, innermost frame) triples, for finding what to make faster. */
    void printHot(int n) {
        int total = hot.values().stream().mapToInt(Integer::intValue).sum();
        hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * Prints each phase's time: the time the writing thread was parked in it, plus its share of the samples of the
     * rest of {@code seconds}; then the garbage collector's pauses, which every phase includes.
     */
    static void print(Phases phases, double seconds) {
        int total = phases.samples().values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            System.out.println("  (no samples)");
            return;
        }
        double parked = phases.parked().values().stream().mapToDouble(Double::doubleValue).sum();
        double sampled = Math.max(0, seconds - parked);
        Map<String, Double> time = new LinkedHashMap<>();
        phases.samples().forEach((phase, n) -> time.put(phase, sampled * n / total));
        phases.parked().forEach((phase, s) -> time.merge(phase, s, Double::sum));
        time.entrySet().stream().filter(e -> e.getValue() >= 0.05).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> {
                    double waiting = phases.parked().getOrDefault(e.getKey(), 0.0);
                    System.out.printf(Locale.ROOT, "  %-32s %5.1f %%  %8.1f s%s%n", e.getKey(), 100 * e.getValue() / seconds, e.getValue(),
                            waiting >= 0.05 ? String.format(Locale.ROOT, "  (%.1f s of it waiting for the other cores)", waiting) : "");
                });
        System.out.printf(Locale.ROOT, "  (%,d samples of the writing thread, %.1f s parked; garbage collection paused every thread %.1f s in all)%n",
                total, parked, phases.gcPauses());
    }

    @Override
    public void close() {
        recording.close();
    }
}
