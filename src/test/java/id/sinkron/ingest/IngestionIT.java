package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import id.sinkron.source.SourceRow;
import id.sinkron.source.Sources;
import id.sinkron.source.UnreadableInput;
import id.sinkron.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IngestionIT extends IntegrationTest {

    @Autowired
    Ingestion ingestion;

    @Autowired
    Sources sources;

    /** Review finding 5: an Error (out of memory on a huge line) left its run RUNNING until the next start. */
    @Test
    void anErrorEndsTheRunFailedWithItsReasonAndGoesOnUp() {
        Iterator<SourceRow> rows = failingAfter(3, "E", () -> {
            throw new OutOfMemoryError("Java heap space (simulated)");
        });

        assertThatThrownBy(() -> ingestion.run(sources.require("dinsos-dtks"), RunTrigger.PUSH, "test", rows, true))
                .isInstanceOf(OutOfMemoryError.class);

        JsonNode run = api().get("/api/v1/sync-runs/1").json();
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).isEqualTo("OutOfMemoryError: Java heap space (simulated)");
        assertThat(run.get("ended_at").isNull()).isFalse();
    }

    /** Batches (of 500 here) are written in their order: a record sent again two batches later ends with its later values. */
    @Test
    void batchesAreWrittenInTheirOrder() {
        List<SourceRow> rows = new ArrayList<>();
        for (int n = 1; n <= 1_201; n++) {
            rows.add(resident(n, "P" + n, "WARGA " + n));
        }
        // P2 again in the third batch, renamed
        rows.set(1_149, resident(1_150, "P2", "SITI AMINAH"));

        RunResult result = ingestion.run(sources.require("dinsos-dtks"), RunTrigger.PUSH, "test", rows.iterator(), true);

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.counts().read()).isEqualTo(1_201);
        assertThat(result.counts().created()).isEqualTo(1_200);
        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select record->>'full_name' from source_records where source = 'dinsos-dtks' and source_record_id = 'P2'",
                String.class)).isEqualTo("SITI AMINAH");
        assertThat(jdbc.queryForObject("select count(*) from source_records where source = 'dinsos-dtks'", Long.class)).isEqualTo(1_200);
    }

    /** Input that turns unreadable ends the run as bad input, and keeps every batch read whole before it. */
    @Test
    void unreadableInputKeepsTheBatchesReadBeforeIt() {
        Iterator<SourceRow> rows = failingAfter(1_100, "U", () -> {
            throw new UnreadableInput("line 1101: unterminated quoted field");
        });

        RunResult result = ingestion.run(sources.require("dinsos-dtks"), RunTrigger.PUSH, "test", rows, true);

        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.error()).contains("unterminated quoted field");
        assertThat(result.counts().read()).isEqualTo(1_000);
        assertThat(jdbc.queryForObject("select count(*) from source_records where source_record_id like 'U%'", Long.class)).isEqualTo(1_000);
    }

    /** Residents {@code prefix}1, {@code prefix}2, … then {@code failure} (which throws) instead of the next row. */
    private static Iterator<SourceRow> failingAfter(int rows, String prefix, Runnable failure) {
        return new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SourceRow next() {
                if (++n > rows) {
                    failure.run();
                }
                return resident(n, prefix + n, "WARGA " + n);
            }
        };
    }

    private static SourceRow resident(int n, String id, String name) {
        return SourceRow.of(n, Map.of("source_record_id", id, "full_name", name));
    }
}
