package id.sinkron.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import id.sinkron.support.Api;
import id.sinkron.support.Brokers;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import io.nats.client.Dispatcher;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Binary-mode CloudEvents to Kafka (in-process KRaft broker), RabbitMQ and NATS, checked by real consumers. */
class BrokerDeliveryIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedKafkaKraftBroker kafka;

    /** The service's RabbitMQ connection (Spring Boot's, used by the spring-rabbitmq component) goes to the test broker. */
    @DynamicPropertySource
    static void rabbit(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> Brokers.rabbitMqAddress().split(":")[0]);
        registry.add("spring.rabbitmq.port", () -> Brokers.rabbitMqAddress().split(":")[1]);
    }

    @BeforeAll
    static void startKafka() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2, "sinkron-persons");
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    /** A message as a consumer saw it: CloudEvents attributes from headers, data from the body. */
    record Received(String key, Map<String, String> headers, JsonNode data) {}

    private void subscribe(String endpoint, String extra) {
        Api.Response created = api().post("/api/v1/subscriptions", "application/json", """
                {"agency": "Dinas Sosial Kabupaten Blora", "delivery": "ENDPOINT", "endpoint": "%s" %s}
                """.formatted(endpoint, extra));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** 200 persons created, then 50 of them updated: 250 events, two per entity for the updated ones. */
    private void pushCreatesAndUpdates() {
        String original = Records.ndjson(21L, 200, "DTKS");
        api().push("dinsos-dtks", "application/x-ndjson", original);
        String[] lines = original.split("\n");
        StringBuilder updates = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            updates.append(lines[i * 4].replace("\"address\":\"", "\"address\":\"PINDAH ")).append('\n');
        }
        api().push("dinsos-dtks", "application/x-ndjson", updates.toString());
    }

    private static void assertInOrderPerEntity(List<Received> received, String seqHeader, String versionHeader) {
        Map<String, List<Integer>> versions = new HashMap<>();
        List<Long> seqs = new ArrayList<>();
        for (Received r : received) {
            versions.computeIfAbsent(r.headers().get("subject"), k -> new ArrayList<>()).add(Integer.parseInt(r.headers().get(versionHeader)));
            seqs.add(Long.parseLong(r.headers().get(seqHeader)));
        }
        assertThat(seqs).doesNotHaveDuplicates().hasSize(250);
        versions.values().forEach(v -> assertThat(v).isSorted());
        assertThat(versions.values().stream().filter(v -> v.size() == 2).count()).isEqualTo(50);
    }

    @Test
    void deliversToKafkaKeyedByEntityInOrderWithCloudEventHeaders() {
        subscribe("kafka:sinkron-persons?brokers=" + kafka.getBrokersAsString(), ", \"fields\": [\"full_name\", \"address\"]");
        pushCreatesAndUpdates();

        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of("sinkron-persons"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new HashMap<>();
                    r.headers().forEach(h -> headers.put(h.key().replaceFirst("^ce_", ""), new String(h.value(), StandardCharsets.UTF_8)));
                    received.add(new Received(r.key(), headers, JSON.readTree(r.value())));
                }
                return received.size() >= 250;
            });
        }

        // per partition the consumer sees send order, so per entity (key) versions must ascend
        assertInOrderPerEntity(received, "sinkronseq", "sinkronversion");
        Received first = received.get(0);
        assertThat(first.key()).isEqualTo(first.headers().get("subject"));
        assertThat(first.headers()).containsEntry("specversion", "1.0").containsKey("id").containsEntry("content-type", "application/json");
        assertThat(first.headers().get("type")).startsWith("id.sinkron.person.");
        assertThat(first.data().get("person").size()).isLessThanOrEqualTo(2);
        assertThat(first.data().at("/source_record_ids/0/source").asText()).isEqualTo("dinsos-dtks");
    }

    @Test
    void deliversToARabbitMqExchange() throws Exception {
        String broker = Brokers.rabbitMq();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.split(":")[0]);
        factory.setPort(Integer.parseInt(broker.split(":")[1]));
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            String exchange = "sinkron.it." + System.nanoTime();
            channel.exchangeDeclare(exchange, "topic", false, true, null);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, exchange, "#");
            channel.basicConsume(queue, true, (tag, delivery) -> {
                AMQP.BasicProperties props = delivery.getProperties();
                Map<String, String> headers = new HashMap<>();
                props.getHeaders().forEach((k, v) -> headers.put(k.replaceFirst("^cloudEvents:", ""), String.valueOf(v)));
                received.add(new Received(null, headers, JSON.readTree(delivery.getBody())));
            }, tag -> { });

            subscribe("spring-rabbitmq:" + exchange + "?routingKey=person&autoDeclare=false", "");
            pushCreatesAndUpdates();

            await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= 250);
        }
        assertInOrderPerEntity(new ArrayList<>(received), "sinkronseq", "sinkronversion");
        assertThat(received.get(0).headers()).containsEntry("specversion", "1.0");
    }

    @Test
    void deliversToANatsSubject() throws Exception {
        String server = Brokers.nats();
        String subject = "sinkron.it." + System.nanoTime();
        List<Received> received = Collections.synchronizedList(new ArrayList<>());
        try (io.nats.client.Connection nats = Nats.connect(new Options.Builder().server("nats://" + server).build())) {
            Dispatcher dispatcher = nats.createDispatcher(message -> {
                Map<String, String> headers = new HashMap<>();
                if (message.getHeaders() != null) {
                    message.getHeaders().entrySet().forEach(e -> headers.put(e.getKey().replaceFirst("^ce-", ""), e.getValue().get(0)));
                }
                try {
                    received.add(new Received(null, headers, JSON.readTree(message.getData())));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            dispatcher.subscribe(subject);
            nats.flush(Duration.ofSeconds(2));

            subscribe("nats:" + subject + "?servers=" + server, "");
            pushCreatesAndUpdates();

            await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= 250);
        }
        assertInOrderPerEntity(new ArrayList<>(received), "sinkronseq", "sinkronversion");
        assertThat(received.get(0).headers()).containsEntry("specversion", "1.0");
    }
}
