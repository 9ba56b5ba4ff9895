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
