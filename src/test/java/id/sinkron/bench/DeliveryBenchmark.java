package id.sinkron.bench;

import id.sinkron.support.Api;
import id.sinkron.support.Records;
import id.sinkron.support.WebhookReceiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Measures delivery to subscribers: events per second to Kafka (an in-process KRaft broker) and to a webhook
 * on 127.0.0.1, both from a backlog, then the latency from commit to webhook arrival for single records
 * pushed one at a time on an otherwise idle service.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:java -Dbench.main=id.sinkron.bench.DeliveryBenchmark -Dbench.events=20000</pre>
 */
public final class DeliveryBenchmark {

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 20_000);
        int webhookEvents = Integer.getInteger("bench.webhook-events", 5_000);
        int singles = Integer.getInteger("bench.latency-samples", 200);
        BenchApp.machine(String.format(Locale.ROOT, "Sinkron delivery benchmark: %,d events to Kafka, %,d to a webhook, %d latency samples",
                events, webhookEvents, singles));
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 4, "bench-persons");
        kafka.afterPropertiesSet();
        try (BenchApp app = new BenchApp(args); WebhookReceiver receiver = new WebhookReceiver()) {
            Api api = app.api();
            for (int start = 0; start < events; start += 10_000) {
                api.push("dinsos-dtks", "application/x-ndjson", Records.ndjson(500L + start, Math.min(10_000, events - start), "B" + start));
            }

            // each subscription is created at the head of the feed, then replayed over the backlog: timing starts there
            Created toKafka = subscribe(api, "ENDPOINT", "kafka:bench-persons?brokers=" + kafka.getBrokersAsString());
            rate(api, toKafka.id(), 1, "Kafka (batches of 200)", events);

            Created toWebhook = subscribe(api, "WEBHOOK", receiver.url());
            receiver.secrets(toWebhook.secret());
            rate(api, toWebhook.id(), events - webhookEvents + 1, "webhook (one POST per event)", webhookEvents);

            int before = receiver.accepted().size();
            for (int i = 0; i < singles; i++) {
                api.push("dinsos-dtks", "application/x-ndjson", Records.ndjson(90_000L + i, 1, "LAT" + i));
                Thread.sleep(20);
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (receiver.accepted().size() < before + singles && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            List<Long> latencies = new ArrayList<>(receiver.latenciesMillis().subList(before, receiver.latenciesMillis().size()));
            latencies.sort(null);
            System.out.printf(Locale.ROOT, "%-32s p50 %4d ms, p99 %4d ms, max %4d ms over %d single-record pushes%n",
                    "commit -> webhook latency", percentile(latencies, 50), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1), latencies.size());
        } finally {
            kafka.destroy();
        }
    }

    private record Created(long id, String secret) {}

    private static Created subscribe(Api api, String delivery, String endpoint) {
        Api.Response created = api.post("/api/v1/subscriptions", "application/json", """
                {"agency": "Benchmark", "delivery": "%s", "endpoint": "%s"}
                """.formatted(delivery, endpoint));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return new Created(created.json().at("/subscription/id").asLong(), created.json().get("secret").asText(null));
    }

    /** Replays the last thousand events untimed (connections, JIT), then times the replay of {@code count}. */
    private static void rate(Api api, long id, long fromSeq, String label, int count) throws InterruptedException {
        replay(api, id, fromSeq + count - Math.min(1_000, count));
        long start = System.nanoTime();
        replay(api, id, fromSeq);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-32s %,9d events in %7.2f s = %,8.0f events/s%n", label, count, seconds, count / seconds);
    }

    private static void replay(Api api, long id, long fromSeq) throws InterruptedException {
        api.post("/api/v1/subscriptions/" + id + "/replay?from_seq=" + fromSeq, "application/json", "");
        while (api.get("/api/v1/subscriptions/" + id).json().get("lag").asLong() > 0) {
            Thread.sleep(20);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
