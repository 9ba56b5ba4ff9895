package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.ingest.Watermarks;
import id.sinkron.support.AgencyTables;
import id.sinkron.support.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shipped JDBC routes against a real agency database: {@code simpus-dinkes} (incremental by updated_at) and
 * {@code rsud-kelahiran} (by a sequence column). Subclasses point both agency databases at PostgreSQL or MariaDB.
 * The poll timers are off; each test runs the pull route itself, as one tick of the timer would.
 */
abstract class JdbcPullTest extends IntegrationTest {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    Watermarks watermarks;

    AgencyTables agency;
    private Connection connection;

    /** A connection to the agency database the routes read. */
    abstract Connection agencyConnection() throws SQLException;

    @BeforeEach
    void agencyTables() throws SQLException {
        connection = agencyConnection();
        agency = new AgencyTables(connection);
        agency.create();
    }

    @AfterEach
    void closeAgency() throws SQLException {
        connection.close();
    }

    @Test
    void pullsOnlyTheRowsChangedSinceTheWatermark() throws SQLException {
        agency.patients(11L, 1, 1_200);

        pull("simpus-dinkes");

        JsonNode first = lastRun();
        assertThat(first.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.get("counts").get("read").asInt()).isEqualTo(1_200);
        assertThat(count("source_records")).isEqualTo(1_200);
        assertThat(watermarks.current("simpus-dinkes")).isEqualTo(AgencyTables.changedAt(1_200));

        pull("simpus-dinkes");
        assertThat(count("sync_runs")).as("nothing changed: no run").isEqualTo(1);

        agency.rename(7, "SITI AMINAH", 5_000);
        pull("simpus-dinkes");

        JsonNode second = lastRun();
        // the row at the old watermark is read again, harmlessly; the changed row is the only update
        assertThat(second.get("counts").get("read").asInt()).isEqualTo(2);
        assertThat(second.get("counts").get("updated").asInt()).isEqualTo(1);
        assertThat(second.get("counts").get("unchanged").asInt()).isEqualTo(1);
        assertThat(count("source_records")).isEqualTo(1_200);
        assertThat(watermarks.current("simpus-dinkes")).isEqualTo(AgencyTables.changedAt(5_000));
        assertThat(jdbc.queryForMap("select count(*) filter (where type = 'person.created') as created, "
                + "count(*) filter (where type = 'person.updated') as updated from feed_events"))
                .isEqualTo(Map.of("created", (long) count("persons"), "updated", 1L));
        assertThat(jdbc.queryForObject("select p.record->>'full_name' from persons p join source_records s on s.person_id = p.id "
                + "where s.source_record_id = 'RM7'", String.class)).isEqualTo("SITI AMINAH");
    }

    @Test
    void pullsOnlyTheRowsAfterTheHighestSequenceValue() throws SQLException {
        agency.births(12L, 1, 300);
        pull("rsud-kelahiran");
        assertThat(watermarks.current("rsud-kelahiran")).isEqualTo("300");

        agency.births(13L, 301, 305);
        pull("rsud-kelahiran");

        JsonNode second = lastRun();
        assertThat(second.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(second.get("counts").get("read").asInt()).isEqualTo(5);
        assertThat(second.get("counts").get("created").asInt()).isEqualTo(5);
        assertThat(count("source_records")).isEqualTo(305);
        assertThat(count("feed_events")).isEqualTo(305);
        assertThat(watermarks.current("rsud-kelahiran")).isEqualTo("305");
    }

    private void pull(String source) {
        camel.requestBody("direct:" + source + "-pull", (Object) null);
    }

    private JsonNode lastRun() {
        long id = jdbc.queryForObject("select max(id) from sync_runs", Long.class);
        return api().get("/api/v1/sync-runs/" + id).json();
    }
}
