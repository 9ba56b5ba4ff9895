package id.sinkron.camel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Bean {@code kafkaBatches}: a Kafka consumer in batching mode hands over the records of one poll; {@link #rows}
 * makes them the rows of one sync run, and {@link #commit}, called after {@code direct:sinkron-ingest} stored
 * them, commits the offsets. Offsets are therefore committed only for stored records (at least once): a crash
 * before the commit reads them again, which is harmless since an identical record is "unchanged".
 */
@Component("kafkaBatches")
public class KafkaBatches {

    private static final Logger log = LoggerFactory.getLogger(KafkaBatches.class);
    private static final String RECORDS = "SinkronKafkaRecords";

    private final JsonMessages messages;

    KafkaBatches(JsonMessages messages) {
        this.messages = messages;
    }

    /** Replaces the body (a list of record exchanges) by their rows, keeping the records for {@link #commit}. */
    public void rows(Exchange batch) {
        List<?> records = batch.getMessage().getBody(List.class);
        batch.setProperty(RECORDS, records);
        List<Object> rows = new ArrayList<>();
        for (Object record : records) {
            rows.addAll(messages.rows(((Exchange) record).getMessage().getBody(String.class)));
        }
        batch.getMessage().setBody(rows);
    }

    /**
     * Commits, per partition, the offset of the batch's last record. A commit that fails (the consumer lost its
     * partitions while the run was stored) is only logged: the next owner of the partition reads the records
     * again, which stores nothing twice.
     */
    public void commit(Exchange batch) {
        Map<Object, KafkaManualCommit> lastPerPartition = new LinkedHashMap<>();
        for (Object record : batch.getProperty(RECORDS, List.class)) {
            Exchange exchange = (Exchange) record;
            KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
            if (commit != null) {
                lastPerPartition.put(exchange.getMessage().getHeader(KafkaConstants.PARTITION), commit);
            }
        }
        for (KafkaManualCommit commit : lastPerPartition.values()) {
            try {
                commit.commit();
            } catch (RuntimeException e) {
                log.warn("Kafka offsets not committed ({}): the records will be read again, which changes nothing", e.getMessage());
            }
        }
    }
}
