package id.sinkron.bench;

import id.sinkron.audit.RunTrigger;
import id.sinkron.database.Jsonb;
import id.sinkron.ingest.Ingestion;
import id.sinkron.ingest.RunResult;
import id.sinkron.source.RowFormat;
import id.sinkron.source.RowReader;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.SourceRow;
import id.sinkron.source.Sources;
import id.sinkron.testdata.AgencyExtracts;
import id.sinkron.testdata.AgencyExtracts.Agency;
import id.sinkron.testdata.Population;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk linking end to end, then the latency of linking one record against the loaded store.
 *
 * <p>Generates about {@code bench.records} multi-agency person records ({@link Population}, {@link AgencyExtracts}:
 * Dukcapil, Dinsos, Dinkes, Disdik with their corruptions) into NDJSON files, in slices of
 * {@code bench.slice-persons} persons so the generator never holds the whole population, then runs each agency's
 * file as one sync run of its source through {@link Ingestion} (the code path of a push or a pulled file:
 * read, normalize, validate, block, score, decide, store with history, cross-reference, raw payload and feed
 * events, one transaction per batch) and prints records per second per agency and overall, where the writing
 * thread's time went (JFR samples by phase), the CPU used by the JVM and by PostgreSQL, and the peak heap.
 *
 * <p>Then {@code bench.latency-samples} records held back from the load (Dinsos, Dinkes and Disdik records of
 * persons mostly already stored) are linked one at a time, each a sync run of one record in its own
 * transaction, as a one-record push runs; p50/p95/p99/max.
 *
 * <pre>MAVEN_OPTS="-Xmx2g -XX:FlightRecorderOptions:stackdepth=256" ./mvnw -q -Pbench test-compile exec:java \
 *     -Dbench.main=id.sinkron.bench.BulkLinkBenchmark -Dbench.records=1000000 \
 *     -Dexec.args="--sinkron.match.linker=probabilistic --sinkron.ingest.batch-size=2000"</pre>
 *
 * exec:java runs in Maven's own JVM, so its heap is set by {@code MAVEN_OPTS}. {@code -Dbench.db.url=jdbc:postgresql://...}
 * uses that (empty) database instead of the embedded one.
 */
public final class BulkLinkBenchmark {

    private static final Map<Agency, String> SOURCES = new EnumMap<>(Map.of(
            Agency.DUKCAPIL, "dukcapil-blora", Agency.DINSOS, "dinsos-dtks", Agency.DINKES, "dinkes-puskesmas",
            Agency.DISDIK, "disdik-dapodik"));

    public static void main(String[] args) throws IOException {
        int wanted = Integer.getInteger("bench.records", 1_000_000);
        // about 1.6 records a person: small runs get a small population, so every agency is in them
        int slicePersons = Integer.getInteger("bench.slice-persons", Math.min(50_000, (int) Math.ceil(wanted / 1.6)));
        int samples = Integer.getInteger("bench.latency-samples", 1_000);
        long seed = Long.getLong("population.seed", 1L);
        List<String> serviceArgs = new ArrayList<>(List.of(args));
        if (System.getProperty("bench.db.url") != null) {
            serviceArgs.add("--sinkron.db.url=" + System.getProperty("bench.db.url"));
        }
        BenchApp.machine(String.format(Locale.ROOT, "Sinkron bulk linking benchmark: %,d records wanted, service arguments %s",
                wanted, serviceArgs));

        Path dir = Files.createTempDirectory("sinkron-bulk");
        long started = System.nanoTime();
        Generated generated = generate(dir, wanted, slicePersons, samples, seed);
        System.out.printf(Locale.ROOT, "generated %,d records (%s) + %,d held back in %.1f s; load %s%n", generated.total(),
                generated.counts(), generated.heldBack().size(), (System.nanoTime() - started) / 1e9, MachineLoad.loadAverage());

        try (BenchApp app = new BenchApp(serviceArgs.toArray(String[]::new))) {
            Ingestion ingestion = app.bean(Ingestion.class);
            Sources sources = app.bean(Sources.class);
            System.gc();
            MachineLoad.resetPeakHeap();
            bulk(app, ingestion, sources, generated);
            latency(ingestion, sources, generated.heldBack());
        } finally {
            for (Agency agency : Agency.values()) {
                Files.deleteIfExists(dir.resolve(agency.name() + ".ndjson"));
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The NDJSON file of each agency, and the rows held back for the latency phase (agency, row). */
    private record Generated(Path dir, Map<Agency, Integer> counts, List<Map.Entry<Agency, Map<String, String>>> heldBack) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static Generated generate(Path dir, int wanted, int slicePersons, int samples, long seed) throws IOException {
        Map<Agency, BufferedWriter> out = new EnumMap<>(Agency.class);
        Map<Agency, Integer> counts = new EnumMap<>(Agency.class);
        List<Map.Entry<Agency, Map<String, String>>> heldBack = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            out.put(agency, Files.newBufferedWriter(dir.resolve(agency.name() + ".ndjson"), StandardCharsets.UTF_8));
            counts.put(agency, 0);
        }
        try {
            int total = 0;
            for (int slice = 0; total < wanted; slice++) {
                // every slice is its own population (another seed): ids are prefixed with the slice to stay unique
                AgencyExtracts extracts = AgencyExtracts.of(Population.generate(seed * 1_000 + slice, slicePersons), seed + slice, 1);
                for (Agency agency : Agency.values()) {
                    for (Map<String, String> row : extracts.rows().get(agency)) {
                        Map<String, String> copy = new LinkedHashMap<>(row);
                        copy.put("source_record_id", "S" + slice + "-" + row.get("source_record_id"));
                        if (agency != Agency.DUKCAPIL && heldBack.size() < samples && copy.get("source_record_id").hashCode() % 7 == 0) {
                            heldBack.add(Map.entry(agency, copy));
                        } else if (total < wanted) {
                            out.get(agency).write(Jsonb.write(copy));
                            out.get(agency).newLine();
                            counts.merge(agency, 1, Integer::sum);
                            total++;
                        }
                    }
                }
            }
        } finally {
            for (BufferedWriter writer : out.values()) {
                writer.close();
            }
        }
        return new Generated(dir, counts, heldBack);
    }

    private static void bulk(BenchApp app, Ingestion ingestion, Sources sources, Generated generated) throws IOException {
        double jvmBefore = MachineLoad.jvmCpuSeconds();
        double threadBefore = MachineLoad.threadCpuSeconds();
        double pgBefore = MachineLoad.postgresCpuSeconds(app.databaseDir());
        long start = System.nanoTime();
        PhaseProfile.Phases phases;
        try (PhaseProfile profile = new PhaseProfile()) {
            for (Agency agency : Agency.values()) {
                SourceDefinition source = sources.require(SOURCES.get(agency));
                long t0 = System.nanoTime();
                RunResult result;
                try (InputStream in = Files.newInputStream(generated.dir().resolve(agency.name() + ".ndjson"));
                        RowReader rows = RowReader.open(in, RowFormat.NDJSON, StandardCharsets.UTF_8, ',')) {
                    result = ingestion.run(source, RunTrigger.PUSH, "bulk benchmark", rows, true);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%-18s %,9d records in %7.1f s = %,7.0f records/s (%,d new persons or links, %,d updated, %,d unchanged, %,d rejected) %s; load %s%n",
                        source.id(), result.counts().read(), seconds, result.counts().read() / seconds, result.counts().created(),
                        result.counts().updated(), result.counts().unchanged(), result.counts().rejected(), result.status(),
                        MachineLoad.loadAverage());
            }
            phases = profile.stop();
            if (Integer.getInteger("bench.hot", 0) > 0) {
                System.out.println("most sampled places (phase | innermost Sinkron frame <- innermost frame):");
                profile.printHot(Integer.getInteger("bench.hot", 0));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvm = MachineLoad.jvmCpuSeconds() - jvmBefore;
        double thread = MachineLoad.threadCpuSeconds() - threadBefore;
        double pg = MachineLoad.postgresCpuSeconds(app.databaseDir()) - pgBefore;
        System.out.printf(Locale.ROOT, "%nall agencies      %,9d records in %7.1f s = %,7.0f records/s; load %s%n", generated.total(), seconds,
                generated.total() / seconds, MachineLoad.loadAverage());
        System.out.printf(Locale.ROOT, "CPU: JVM %.0f s (%.0f %% of one core; the writing thread %.0f s = %.0f µs a record), PostgreSQL %.0f s (%.0f %%; %.0f µs a record)%n",
                jvm, 100 * jvm / seconds, thread, 1e6 * thread / generated.total(), pg, 100 * pg / seconds, 1e6 * pg / generated.total());
        System.out.printf(Locale.ROOT, "heap: peak %,d MB (garbage included), old generation after its last collection %,d MB, max %,d MB%n",
                MachineLoad.peakHeapMb(), MachineLoad.oldAfterGcMb(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("writing thread's wall-clock time by phase (PostgreSQL's time counts to the phase waiting for it, the other cores' to the phase that handed them work):");
        PhaseProfile.print(phases, seconds);
    }

    private static void latency(Ingestion ingestion, Sources sources, List<Map.Entry<Agency, Map<String, String>>> heldBack) {
        if (heldBack.isEmpty()) {
            return;
        }
        long[] nanos = new long[heldBack.size()];
        int created = 0;
        for (int i = 0; i < heldBack.size(); i++) {
            Map.Entry<Agency, Map<String, String>> sample = heldBack.get(i);
            SourceDefinition source = sources.require(SOURCES.get(sample.getKey()));
            Iterator<SourceRow> one = List.of(SourceRow.of(1, new LinkedHashMap<>(sample.getValue()))).iterator();
            long t0 = System.nanoTime();
            RunResult result = ingestion.run(source, RunTrigger.PUSH, "latency benchmark", one, true);
            nanos[i] = System.nanoTime() - t0;
            created += result.counts().created();
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%nlinking one record against the store (%,d single-record runs, %,d linked or new): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; load %s%n",
                nanos.length, created, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, MachineLoad.loadAverage());
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
