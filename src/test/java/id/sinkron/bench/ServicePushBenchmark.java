package id.sinkron.bench;

import id.sinkron.support.Api;
import id.sinkron.support.Records;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pushes service records (issue #4) for persons already stored and prints records per second: new services
 * (each naming its person by the agency's person record id, found through the cross-reference), the same again
 * (unchanged), then
 * every status changed (a new version and a {@code service.updated} event each); and services whose persons
 * arrive after them, linked by the persons' push.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.ServicePushBenchmark -Dbench.records=50000</pre>
 */
public final class ServicePushBenchmark {

    public static void main(String[] args) {
        int records = Integer.getInteger("bench.records", 50_000);
        int chunk = Integer.getInteger("bench.chunk", 10_000);
        BenchApp.machine(String.format(Locale.ROOT, "Sinkron service push benchmark: %,d services in pushes of %,d", records, chunk));
        try (BenchApp app = new BenchApp(args)) {
            Api api = app.api();
            List<String> persons = new ArrayList<>();
            List<String> active = new ArrayList<>();
            List<String> ended = new ArrayList<>();
            List<String> latePersons = new ArrayList<>();
            List<String> waiting = new ArrayList<>();
            for (int start = 0; start < records; start += chunk) {
                int count = Math.min(chunk, records - start);
                persons.add(Records.ndjson(1000L + start, count, "P" + start));
                active.add(services("P" + start, start, count, "AKTIF"));
                ended.add(services("P" + start, start, count, "KELUAR"));
                latePersons.add(Records.ndjson(9_000_000L + start, count, "L" + start));
                waiting.add(services("L" + start, records + start, count, "AKTIF"));
            }
            run(api, "persons first (for comparison)", "dinsos-dtks", persons, records);
            run(api, "new services", "dinsos-bansos", active, records);
            run(api, "same services again (unchanged)", "dinsos-bansos", active, records);
            run(api, "every status changed (updated)", "dinsos-bansos", ended, records);
            push(api, "dinsos-bansos", waiting);
            run(api, "persons arriving after services", "dinsos-dtks", latePersons, records);
            long linked = api.get("/api/v1/feed/services?after=0&limit=1").json().get("head").asLong();
            System.out.printf(Locale.ROOT, "feed head after all: %,d%n", linked);
        }
    }

    /** One service per person record {@code prefix-1…}, naming it by that record id. */
    private static String services(String prefix, int offset, int count, String status) {
        StringBuilder out = new StringBuilder(count * 200);
        for (int i = 1; i <= count; i++) {
            out.append("{\"source_record_id\":\"S").append(offset + i).append("\",\"service_type\":\"BPNT\",\"external_id\":\"KKS-")
                    .append(offset + i).append("\",\"status\":\"").append(status).append("\",\"start_date\":\"2025-01-01\",")
                    .append("\"person_source_record_id\":\"").append(prefix).append('-').append(i).append("\"}\n");
        }
        return out.toString();
    }

    private static void push(Api api, String source, List<String> bodies) {
        for (String body : bodies) {
            Api.Response response = api.push(source, "application/x-ndjson", body);
            if (response.status() != 200) {
                throw new IllegalStateException("push failed: " + response.status() + " " + response.body());
            }
        }
    }

    private static void run(Api api, String label, String source, List<String> bodies, int records) {
        long start = System.nanoTime();
        push(api, source, bodies);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-34s %,9d records in %7.2f s = %,8.0f records/s%n", label, records, seconds, records / seconds);
    }
}
