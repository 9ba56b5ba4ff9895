package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.audit.RunTrigger;
import id.sinkron.source.SourceRow;
import id.sinkron.source.Sources;
import id.sinkron.support.IntegrationTest;
import java.util.Iterator;
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
        Iterator<SourceRow> rows = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SourceRow next() {
                if (++n > 3) {
                    throw new OutOfMemoryError("Java heap space (simulated)");
                }
                return SourceRow.of(n, Map.of("source_record_id", "E" + n, "full_name", "SRI WAHYUNI"));
            }
        };

        assertThatThrownBy(() -> ingestion.run(sources.require("dinsos-dtks"), RunTrigger.PUSH, "test", rows, true))
                .isInstanceOf(OutOfMemoryError.class);

        JsonNode run = api().get("/api/v1/sync-runs/1").json();
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).isEqualTo("OutOfMemoryError: Java heap space (simulated)");
        assertThat(run.get("ended_at").isNull()).isFalse();
    }
}
