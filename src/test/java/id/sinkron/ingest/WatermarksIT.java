package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import id.sinkron.source.SourceRow;
import id.sinkron.source.Sources;
import id.sinkron.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The watermark of an incremental source moves with its committed batches, and only with them. */
class WatermarksIT extends IntegrationTest {

    private static final String SOURCE = "simpus-dinkes";
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 1, 8, 0);

    @Autowired
    Ingestion ingestion;

    @Autowired
    Sources sources;

    @Autowired
    Watermarks watermarks;

    @Test
    void aRunsWatermarkIsTheHighestValueItCommitted() {
        // 1,200 rows over three batches, out of order within each: the watermark is the maximum, not the last row
        List<SourceRow> rows = patients(1, 1_200);
        Collections.shuffle(rows, new Random(7));

        RunResult result = run(rows.iterator());

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(watermarks.current(SOURCE)).isEqualTo("2024-03-01T08:20:00"); // row 1,200: T0 + 1,200 s
        JsonNode shown = api().get("/api/v1/sources/" + SOURCE + "/watermark").json();
        assertThat(shown.get("value").asText()).isEqualTo("2024-03-01T08:20:00");
        assertThat(shown.get("stored").asBoolean()).isTrue();
        assertThat(shown.get("run_id").asLong()).isEqualTo(result.runId());
        assertThat(shown.get("field").asText()).isEqualTo("updated_at");
    }

    @Test
    void aBatchThatIsNotCommittedDoesNotAdvanceTheWatermark() {
        // the connection drops after 700 rows: the first batch (500) is committed, the next 200 are not
        Iterator<SourceRow> all = patients(1, 1_000).iterator();
        Iterator<SourceRow> dropping = new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public SourceRow next() {
                if (++read > 700) {
                    throw new IllegalStateException("connection reset by the agency database (simulated)");
                }
                return all.next();
            }
        };

        RunResult result = run(dropping);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.error()).contains("connection reset");
        assertThat(count("source_records")).isEqualTo(500);
        assertThat(watermarks.current(SOURCE)).isEqualTo("2024-03-01T08:08:20"); // row 500
    }

    @Test
    void aRunOfOlderRowsLeavesTheWatermarkWhereItIs() {
        run(patients(1, 100).subList(50, 100).iterator());

        RunResult older = run(patients(1, 50).iterator());

        assertThat(older.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(watermarks.current(SOURCE)).isEqualTo("2024-03-01T08:01:40"); // row 100
    }

    @Test
    void beforeAnyBatchAndAfterAResetThePullStartsFromTheDeclaredInitialValue() {
        assertThat(watermarks.current(SOURCE)).isEqualTo("1970-01-01T00:00:00");
        run(patients(1, 10).iterator());
        assertThat(watermarks.current(SOURCE)).isEqualTo("2024-03-01T08:00:10");

        assertThat(api().delete("/api/v1/sources/" + SOURCE + "/watermark").status()).isEqualTo(204);

        JsonNode shown = api().get("/api/v1/sources/" + SOURCE + "/watermark").json();
        assertThat(shown.get("value").asText()).isEqualTo("1970-01-01T00:00:00");
        assertThat(shown.get("stored").asBoolean()).isFalse();
    }

    @Test
    void aSourceWithoutIncrementalDeclarationHasNoWatermark() {
        var response = api().get("/api/v1/sources/dinsos-dtks/watermark");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:not-incremental");
        assertThat(watermarks.current("dinsos-dtks")).isNull();
    }

    private RunResult run(Iterator<SourceRow> rows) {
        return ingestion.run(sources.require(SOURCE), RunTrigger.ROUTE, "test", rows, false);
    }

    /** Patients {@code from..to}; patient n was last changed n seconds after 08:00. */
    private static List<SourceRow> patients(int from, int to) {
        List<SourceRow> rows = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            rows.add(SourceRow.of(n, Map.of("no_rm", "RM" + n, "nama_pasien", "PASIEN NOMOR " + n,
                    "updated_at", Timestamp.valueOf(T0.plusSeconds(n)))));
        }
        return rows;
    }
}
