package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The distribution of probabilistic match scores beside the model's thresholds, as the console's chart reads it. */
@TestPropertySource(properties = "sinkron.match.linker=probabilistic")
class MatchScoresIT extends IntegrationTest {

    @Test
    void countsTheScoresOfProbabilisticLinksInBucketsAndAgainstTheThresholds() {
        push("dinkes-puskesmas", """
                {"source_record_id": "P1", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "village_code": "3316091006"}
                {"source_record_id": "P2", "full_name": "BUDI SANTOSO", "birth_date": "1970-01-12", "sex": "L", "village_code": "3316091006"}
                """);
        push("dinsos-dtks", """
                {"source_record_id": "S1", "full_name": "Sri Wahyuni", "birth_date": "05-09-1987", "village_code": "33.16.09.1006"}
                {"source_record_id": "S2", "full_name": "Budi Santoso", "birth_date": "12-01-1970", "village_code": "33.16.09.1006"}
                """);
        long scored = number("select count(score) from source_records where link_rule = 'probabilistic'");
        long linked = number("select count(*) from source_records where link_rule = 'probabilistic' and score >= 12");
        assertThat(linked).as("S1 and S2 link to the persons of P1 and P2").isEqualTo(2);

        JsonNode scores = api().get("/api/v1/stats/match-scores?width=2").json();

        assertThat(scores.get("linker").asText()).isEqualTo("probabilistic");
        assertThat(scores.at("/thresholds/link").asDouble()).isEqualTo(12.0);
        assertThat(scores.at("/thresholds/review").asDouble()).isEqualTo(4.0);
        assertThat(scores.get("scored").asLong()).isEqualTo(scored);
        assertThat(scores.get("linked").asLong()).isEqualTo(linked);
        assertThat(scores.get("linked").asLong() + scores.get("review").asLong() + scores.get("below").asLong()).isEqualTo(scored);
        assertThat(scores.get("width").asDouble()).isEqualTo(2.0);
        long inBuckets = 0;
        for (JsonNode bucket : scores.get("buckets")) {
            assertThat(bucket.get("to").asDouble() - bucket.get("from").asDouble()).isEqualTo(2.0);
            inBuckets += bucket.get("count").asLong();
        }
        assertThat(inBuckets).isEqualTo(scored);
        double top = jdbc.queryForObject("select max(score) from source_records", Double.class);
        JsonNode last = scores.get("buckets").get(scores.get("buckets").size() - 1);
        assertThat(top).isBetween(last.get("from").asDouble(), last.get("to").asDouble());
        assertThat(last.get("count").asLong()).isPositive();
    }

    @Test
    void withoutLinksTheHistogramIsEmptyButTheThresholdsAreShown() {
        JsonNode scores = api().get("/api/v1/stats/match-scores").json();

        assertThat(scores.get("scored").asLong()).isZero();
        assertThat(scores.get("buckets")).isEmpty();
        assertThat(scores.at("/thresholds/link").asDouble()).isEqualTo(12.0);
    }

    private void push(String source, String body) {
        Api.Response pushed = api().push(source, "application/x-ndjson", body);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    }

    private long number(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
