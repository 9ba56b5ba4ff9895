package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sinkron.support.AgencyRecords;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.KafkaSource;
import id.sinkron.support.Records;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The shipped rsud-kafka route consuming a real Kafka topic (in-process KRaft broker). */
class KafkaSourceIT extends IntegrationTest {

    private static final String TOPIC = "rsud-pasien";
    private static EmbeddedKafkaKraftBroker kafka;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        kafka = KafkaSource.start(registry, TOPIC);
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    @Test
    void messagesBecomeStoredRecordsMalformedOnesRejectionsAndOffsetsAreCommittedAfterwards() throws Exception {
        long before = Math.max(0, committedOffset());
        List<Map<String, Object>> records = AgencyRecords.of(41L, 300, "RSUD");
        try (KafkaProducer<String, String> producer = producer()) {
            for (Map<String, Object> record : records.subList(0, 250)) {
                producer.send(new ProducerRecord<>(TOPIC, Records.line(record)));
            }
            // an agency may also send a JSON array of records in one message
            producer.send(new ProducerRecord<>(TOPIC, "[" + String.join(",", records.subList(250, 300).stream().map(Records::line).toList()) + "]"));
            producer.send(new ProducerRecord<>(TOPIC, "{\"nik\": \"3316"));
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.queryForObject("select coalesce(sum(records_read), 0) from sync_runs where status = 'SUCCEEDED'", Long.class) == 301);

        assertThat(jdbc.queryForObject("select count(*) from source_records where source = 'rsud-kafka'", Long.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(distinct source) from sync_runs", Long.class)).isEqualTo(1);
        // hundreds of messages make a few runs, not one run each
        assertThat(count("sync_runs")).isLessThan(20);
        Map<String, Object> rejection = jdbc.queryForMap("select payload, reasons::text as reasons from rejections");
        assertThat(rejection.get("payload")).isEqualTo("{\"nik\": \"3316");
        assertThat((String) rejection.get("reasons")).contains("not JSON");
        // offsets of all 252 messages committed, so a restart reads nothing again
        await().atMost(Duration.ofSeconds(30)).until(() -> committedOffset() == before + 252);
    }

    @Test
    void aBatchThatCannotBeStoredIsRetriedAndItsOffsetsCommittedOnlyOnceStored() throws Exception {
        long before = Math.max(0, committedOffset());
        List<Map<String, Object>> records = AgencyRecords.of(42L, 20, "RSUD-RETRY");
        // the database refuses the records (their table is gone) until the test puts it back
        jdbc.execute("alter table source_records rename to source_records_away");
        try {
            try (KafkaProducer<String, String> producer = producer()) {
                for (Map<String, Object> record : records) {
                    producer.send(new ProducerRecord<>(TOPIC, Records.line(record)));
                }
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject("select count(*) from sync_runs where status = 'FAILED'", Long.class) >= 1);
            assertThat(committedOffset()).isEqualTo(before == 0 ? -1 : before);
        } finally {
            jdbc.execute("alter table source_records_away rename to source_records");
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.queryForObject("select coalesce(sum(records_read), 0) from sync_runs where status = 'SUCCEEDED'", Long.class) == 20);
        assertThat(jdbc.queryForObject("select count(*) from source_records where source = 'rsud-kafka'", Long.class)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select error from sync_runs where status = 'FAILED' order by id limit 1", String.class))
                .contains("source_records");
        await().atMost(Duration.ofSeconds(30)).until(() -> committedOffset() == before + 20);
    }

    private static KafkaProducer<String, String> producer() {
        return KafkaSource.producer(kafka);
    }

    private static long committedOffset() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("sinkron").partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata offset = offsets.get(new TopicPartition(TOPIC, 0));
            return offset == null ? -1 : offset.offset();
        }
    }
}
