package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A bulk load in batches of thousands with the probabilistic linker: one advisory lock per record, NIK and blocking
 * key would fill a default PostgreSQL's shared lock table ("out of shared memory", max_locks_per_transaction 64),
 * so such a batch takes the writers' lock alone. Meaningful on the local PostgreSQL pass of CI, whose server keeps
 * its default lock table (the embedded one is configured larger).
 */
@TestPropertySource(properties = {"sinkron.match.linker=probabilistic", "sinkron.ingest.batch-size=3000"})
class LargeBatchIT extends IntegrationTest {

    @Test
    void storesABatchOfThreeThousandRecordsWhateverTheServersLockTable() {
        Api.Response response = api().push("dinsos-dtks", "application/x-ndjson", Records.ndjson(2027L, 3_000, "BULK"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode counts = response.json().get("counts");
        assertThat(response.json().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(counts.get("read").asInt()).isEqualTo(3_000);
        assertThat(counts.get("rejected").asInt()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from source_records where source = 'dinsos-dtks'", Integer.class))
                .isEqualTo(3_000);
    }
}
