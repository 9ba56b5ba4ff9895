package id.sinkron.support;

import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/** An in-process Kafka broker (KRaft) with one topic, and the shipped rsud-kafka route consuming it. */
public final class KafkaSource {

    private KafkaSource() {}

    /** Starts the broker and switches the rsud-kafka route on for it; the caller destroys it after its tests. */
    public static EmbeddedKafkaKraftBroker start(DynamicPropertyRegistry registry, String topic) {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1, topic);
        kafka.afterPropertiesSet();
        registry.add("sinkron.sources.rsud-kafka.enabled", () -> "true");
        registry.add("sinkron.sources.rsud-kafka.brokers", kafka::getBrokersAsString);
        registry.add("sinkron.sources.rsud-kafka.topic", () -> topic);
        return kafka;
    }

    /** A producer of text messages, as an agency publishes them. */
    public static KafkaProducer<String, String> producer(EmbeddedKafkaKraftBroker kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
