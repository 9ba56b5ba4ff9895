package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.match.BlockKey;
import id.sinkron.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The candidates of a batch as the store finds them by blocking key (issue #3), on a real PostgreSQL. */
class MatchKeySqlIT extends IntegrationTest {

    private static final String RULE = "phonetic-name-village";

    @Autowired
    MatchKeySql sql;

    @Test
    void eachKeyBringsItsPersonsWithTheirGoldenRecordsOnce() {
        UUID sri = person("SRI WAHYUNI");
        UUID budi = person("BUDI SANTOSO");
        keys(sri, new BlockKey(RULE, "SRWHYN|3316091006"), new BlockKey("nik", "3316094509870001"));
        keys(budi, new BlockKey(RULE, "SRWHYN|3316091006"));

        MatchKeySql.Shared shared = sql.personsSharing(List.of(new BlockKey(RULE, "SRWHYN|3316091006"),
                new BlockKey("nik", "3316094509870001"), new BlockKey("nik", "3316094509870001"), new BlockKey("nik", "nobody")),
                1000, Map.of());

        assertThat(shared.byKey()).containsOnlyKeys(new BlockKey(RULE, "SRWHYN|3316091006"), new BlockKey("nik", "3316094509870001"));
        assertThat(shared.byKey().get(new BlockKey(RULE, "SRWHYN|3316091006"))).containsExactlyInAnyOrder(sri, budi);
        assertThat(shared.byKey().get(new BlockKey("nik", "3316094509870001"))).as("a key asked twice brings its persons once")
                .containsExactly(sri);
        assertThat(shared.records()).containsOnlyKeys(sri, budi);
        assertThat(shared.records().get(budi)).containsEntry("full_name", "BUDI SANTOSO");
    }

    @Test
    void aBlockOverItsRulesCapBringsNobodyAndALargerOneIsCutToTheFirstPersonsInTheDatabasesOrder() {
        List<UUID> crowd = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> {
            UUID id = person("SRI WAHYUNI " + i);
            crowd.add(id);
            keys(id, new BlockKey(RULE, "SRWHYN|3316091006"), new BlockKey("birth-date-phonetic-first-name", "19870905|SR"));
        });

        MatchKeySql.Shared shared = sql.personsSharing(List.of(new BlockKey(RULE, "SRWHYN|3316091006"),
                new BlockKey("birth-date-phonetic-first-name", "19870905|SR")), 5, Map.of(RULE, 10));

        assertThat(shared.byKey()).as("12 persons over the rule's cap of 10").doesNotContainKey(new BlockKey(RULE, "SRWHYN|3316091006"));
        List<UUID> inDatabaseOrder = jdbc.queryForList("select id from persons order by id limit 5", UUID.class);
        assertThat(shared.byKey().get(new BlockKey("birth-date-phonetic-first-name", "19870905|SR")))
                .as("no cap of its own: cut to the 5 first").containsExactlyElementsOf(inDatabaseOrder);
        assertThat(shared.records()).containsOnlyKeys(inDatabaseOrder);
        assertThat(crowd.stream().sorted(Comparator.naturalOrder()).limit(5).toList())
                .as("Java's own order of these ids (signed halves) is another, so the test can tell").isNotEqualTo(inDatabaseOrder);
    }

    @Test
    void aKeyLeftBehindByAPersonNoLongerStoredBringsNobody() {
        UUID sri = person("SRI WAHYUNI");
        keys(sri, new BlockKey("nik", "3316094509870001"));
        keys(UUID.randomUUID(), new BlockKey("nik", "3316094509870001"));

        MatchKeySql.Shared shared = sql.personsSharing(List.of(new BlockKey("nik", "3316094509870001")), 1000, Map.of());

        assertThat(shared.byKey().get(new BlockKey("nik", "3316094509870001"))).containsExactly(sri);
        assertThat(shared.records()).containsOnlyKeys(sri);
    }

    @Test
    void replacingAPersonsKeysWritesOnlyTheDifference() {
        UUID sri = person("SRI WAHYUNI");
        UUID budi = person("BUDI SANTOSO");
        BlockKey nik = new BlockKey("nik", "3316094509870001");
        BlockKey oldKk = new BlockKey("kk-first-name", "3316091203150007|SRI");
        BlockKey village = new BlockKey(RULE, "SRWHYN|3316091006");
        BlockKey newKk = new BlockKey("kk-first-name", "3316091203150099|SRI");
        keys(sri, nik, oldKk, village);
        Map<String, Object> kept = rowOf(sri, nik);

        sql.replace(Map.of(sri, List.of(nik, village, newKk, newKk), budi, List.of(new BlockKey("nik", "3316090101900001"))));

        assertThat(keysOf(sri)).containsExactlyInAnyOrder(nik, village, newKk);
        assertThat(keysOf(budi)).containsExactly(new BlockKey("nik", "3316090101900001"));
        assertThat(rowOf(sri, nik)).as("a key the person keeps is the same row, not deleted and written again").isEqualTo(kept);
    }

    private List<BlockKey> keysOf(UUID person) {
        return jdbc.query("select rule, key from person_match_keys where person_id = ?", (rs, n) -> new BlockKey(rs.getString(1), rs.getString(2)),
                person);
    }

    private Map<String, Object> rowOf(UUID person, BlockKey key) {
        return jdbc.queryForMap("select ctid::text as ctid, xmin::text as xmin from person_match_keys where person_id = ? and rule = ? and key = ?",
                person, key.rule(), key.key());
    }

    private UUID person(String name) {
        // half of the ids with the highest bit set, where PostgreSQL's order and Java's differ
        long high = UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE | (count("persons") % 2 == 0 ? 0 : Long.MIN_VALUE);
        UUID id = new UUID(high, UUID.randomUUID().getLeastSignificantBits());
        jdbc.update("""
                insert into persons (id, version, record, provenance, created_at, updated_at)
                values (?, 1, jsonb_build_object('full_name', ?::text), '{}', now(), now())
                """, id, name);
        return id;
    }

    private void keys(UUID person, BlockKey... keys) {
        for (BlockKey key : keys) {
            jdbc.update("insert into person_match_keys (person_id, rule, key) values (?, ?, ?)", person, key.rule(), key.key());
        }
    }
}
