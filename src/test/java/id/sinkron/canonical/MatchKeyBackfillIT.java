package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.match.ExactNikLinker;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The match-key back-fill (issue #3): a store filled while the exact-NIK linker was on has no blocking keys, so the
 * probabilistic linker (the default) would find no candidates in it until the keys are back-filled.
 */
class MatchKeyBackfillIT extends IntegrationTest {

    private static final String PUSKESMAS = """
            {"source_record_id": "P1", "nik": "3316094509870001", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "village_code": "3316091006"}
            """;
    /** The same woman without NIK, as a social-welfare list writes her. */
    private static final String DTKS = """
            {"source_record_id": "S1", "full_name": "Sri Wahyuni", "birth_date": "05-09-1987", "village_code": "33.16.09.1006"}
            """;

    @Autowired
    MatchKeyBackfill backfill;
    @Autowired
    MatchKeyBuildSql buildSql;
    @Autowired
    MatchKeySql keySql;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MatchKeyRules rules;

    @Test
    void aStoreFilledUnderTheExactLinkerGetsItsKeysAndARecordWithoutNikThenLinksToTheExistingPerson() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS);
        filledUnderTheExactLinker();
        assertThat(api().get("/api/v1/match/keys").json().get("up_to_date").asBoolean()).isFalse();

        backfill.catchUp();

        assertThat(count("person_match_keys")).as("NIK, birth date + first name, birth date + village, name + village, name + district + year, the name's term key")
                .isEqualTo(6);
        JsonNode progress = api().get("/api/v1/match/keys").json();
        assertThat(progress.get("up_to_date").asBoolean()).isTrue();
        assertThat(progress.get("done").asLong()).isEqualTo(1);
        pushAccepted("dinsos-dtks", DTKS);
        assertThat(count("persons")).isEqualTo(1);
        assertThat(personOfRecord("S1")).isEqualTo(personOfRecord("P1"));
    }

    @Test
    void withoutTheBackfillTheSameRecordWouldStartASecondPerson() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS);
        filledUnderTheExactLinker();

        pushAccepted("dinsos-dtks", DTKS);

        assertThat(count("persons")).isEqualTo(2);
    }

    @Test
    void changedBlockingRulesRebuildTheKeysAtStartUp() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS);
        jdbc.update("update person_match_keys set key = 'old-' || key");
        jdbc.update("update match_key_state set rules = 'rules of an older matching.yml', target = null");

        backfill.catchUp();

        assertThat(jdbc.queryForObject("select count(*) from person_match_keys where key like 'old-%'", Long.class)).isZero();
        assertThat(count("person_match_keys")).isEqualTo(6);
        assertThat(backfill.progress().upToDate()).isTrue();
    }

    @Test
    void aStoppedRebuildResumesAfterTheLastPersonItDid() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS + """
                {"source_record_id": "P2", "nik": "3316090101900001", "full_name": "BUDI SANTOSO", "birth_date": "1990-01-01", "village_code": "3316091006"}
                """);
        UUID first = jdbc.queryForObject("select min(id::text)::uuid from persons", UUID.class);
        UUID second = jdbc.queryForObject("select max(id::text)::uuid from persons", UUID.class);
        jdbc.update("delete from person_match_keys");
        jdbc.update("update match_key_state set rules = null, target = ?, after_id = ?, done = 1, total = 2",
                rules.fingerprint(), first);

        backfill.catchUp();

        assertThat(jdbc.queryForObject("select count(*) from person_match_keys where person_id = ?", Long.class, first))
                .as("done before the stop").isZero();
        assertThat(jdbc.queryForObject("select count(*) from person_match_keys where person_id = ?", Long.class, second)).isPositive();
        MatchKeyProgress progress = backfill.progress();
        assertThat(progress.upToDate()).isTrue();
        assertThat(progress.done()).isEqualTo(2);
    }

    @Test
    void aRebuildOnRequestRunsInTheBackgroundAndShowsItsProgress() {
        pushAccepted("dinkes-puskesmas", PUSKESMAS);
        jdbc.update("delete from person_match_keys");

        Api.Response started = api().post("/api/v1/match/keys/rebuild", "application/json", "");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("keeps_keys").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/match/keys").json().get("up_to_date").asBoolean());
        assertThat(count("person_match_keys")).isEqualTo(6);
        assertThat(api().get("/api/v1/match/keys").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void withTheExactLinkerThereIsNothingToRebuild() {
        MatchKeyBackfill exact = new MatchKeyBackfill(buildSql, keySql, new ExactNikLinker(), MatchKeyRules.NONE, tx);

        assertThatExceptionOfType(MatchKeysNotKept.class).isThrownBy(exact::rebuild);
        exact.destroy();
    }

    /** What a store looks like after running under the exact linker: persons without keys, no rules recorded. */
    private void filledUnderTheExactLinker() {
        jdbc.update("delete from person_match_keys");
        MatchKeyBackfill exact = new MatchKeyBackfill(buildSql, keySql, new ExactNikLinker(), MatchKeyRules.NONE, tx);
        exact.catchUp();
        exact.destroy();
    }
}
