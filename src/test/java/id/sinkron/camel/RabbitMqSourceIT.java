package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import id.sinkron.support.AgencyRecords;
import id.sinkron.support.Brokers;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shipped disnaker-amqp route consuming a real RabbitMQ queue (the local broker; skipped with the reason shown
 * when none answers). Exchange and queue are this run's own, since the broker may be shared.
 */
class RabbitMqSourceIT extends IntegrationTest {

    private static final String NAME = "disnaker-it-" + UUID.randomUUID();

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void rabbit(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> Brokers.rabbitMqAddress().split(":")[0]);
        registry.add("spring.rabbitmq.port", () -> Brokers.rabbitMqAddress().split(":")[1]);
        registry.add("sinkron.sources.disnaker-amqp.enabled", () -> "true");
        registry.add("sinkron.sources.disnaker-amqp.exchange", () -> NAME);
        registry.add("sinkron.sources.disnaker-amqp.queue", () -> NAME);
    }

    @Test
    void messagesAreGatheredIntoRunsAndAMalformedOneIsStoredAsRejection() throws Exception {
        String broker = Brokers.rabbitMq();
        // the route declares its exchange and queue when it starts
        await().atMost(Duration.ofSeconds(60)).until(() -> camel.getRouteController().getRouteStatus("disnaker-amqp") == ServiceStatus.Started);
        List<Map<String, Object>> records = AgencyRecords.of(43L, 200, "DISNAKER");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.split(":")[0]);
        factory.setPort(Integer.parseInt(broker.split(":")[1]));
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            try {
                for (Map<String, Object> record : records.subList(0, 150)) {
                    channel.basicPublish(NAME, NAME, null, Records.line(record).getBytes(StandardCharsets.UTF_8));
                }
                String array = "[" + String.join(",", records.subList(150, 200).stream().map(Records::line).toList()) + ", \"bukan record\"]";
                channel.basicPublish(NAME, NAME, null, array.getBytes(StandardCharsets.UTF_8));
                channel.basicPublish(NAME, NAME, null, "<xml>salah format</xml>".getBytes(StandardCharsets.UTF_8));

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(
                        "select coalesce(sum(records_read), 0) from sync_runs where status = 'SUCCEEDED'", Long.class) == 202);
            } finally {
                channel.queueDelete(NAME);
                channel.exchangeDelete(NAME);
            }
        }

        assertThat(jdbc.queryForObject("select count(*) from source_records where source = 'disnaker-amqp'", Long.class)).isEqualTo(200);
        assertThat(count("sync_runs")).isLessThan(20);
        List<Map<String, Object>> rejections = jdbc.queryForList("select payload, reasons::text as reasons from rejections order by id");
        assertThat(rejections).extracting(r -> r.get("payload")).containsExactlyInAnyOrder("\"bukan record\"", "<xml>salah format</xml>");
        assertThat(rejections).extracting(r -> (String) r.get("reasons")).anyMatch(r -> r.contains("not JSON")).anyMatch(r -> r.contains("JSON object"));
    }
}
