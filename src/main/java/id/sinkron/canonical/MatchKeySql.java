package id.sinkron.canonical;

import id.sinkron.database.CopyRows;
import id.sinkron.database.Jsonb;
import id.sinkron.match.BlockKey;
import id.sinkron.match.Parallel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of {@code person_match_keys}: the blocking keys of golden persons, the store side of candidate lookup. */
@Repository
class MatchKeySql {

    private final JdbcTemplate jdbc;

    MatchKeySql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The persons holding each key, and their golden records. */
    record Shared(Map<BlockKey, List<UUID>> byKey, Map<UUID, Map<String, Object>> records) {}

    /**
     * The golden persons holding each of {@code keys} (at most {@code perBlock} per key, in person id order) with
     * their golden records: one query for a whole batch. A key of a rule in {@code skipAbove} held by more persons
     * than the rule's cap brings none.
     */
    Shared personsSharing(Collection<BlockKey> keys, int perBlock, Map<String, Integer> skipAbove) {
        Map<BlockKey, List<UUID>> byKey = new HashMap<>();
        if (keys.isEmpty()) {
            return new Shared(byKey, new HashMap<>());
        }
        Map<UUID, String> texts = new LinkedHashMap<>();
        // a person sharing several keys with the batch comes once per key, its record only with the first
        jdbc.query("""
                select kept.rule, kept.key, p.id,
                       case when row_number() over (partition by p.id) = 1 then p.record end
                  from (select shared.rule, shared.key, shared.person_id
                          from (select m.rule, m.key, m.person_id,
                                       row_number() over (partition by m.rule, m.key order by m.person_id) as n,
                                       count(*) over (partition by m.rule, m.key) as size
                                  from person_match_keys m
                                 where (m.rule, m.key) in (select * from unnest(?::text[], ?::text[]))) as shared
                          left join unnest(?::text[], ?::int[]) as caps (rule, cap) on caps.rule = shared.rule
                         where shared.n <= ? and (caps.cap is null or shared.size <= caps.cap)) as kept
                  join persons p on p.id = kept.person_id
                 order by p.id
                """, ps -> {
                    PersonSql.texts(ps, 1, keys.stream().map(BlockKey::rule).toList());
                    PersonSql.texts(ps, 2, keys.stream().map(BlockKey::key).toList());
                    PersonSql.texts(ps, 3, skipAbove.keySet());
                    ps.setArray(4, ps.getConnection().createArrayOf("int4", skipAbove.values().toArray()));
                    ps.setInt(5, perBlock);
                }, rs -> {
                    UUID person = rs.getObject(3, UUID.class);
                    byKey.computeIfAbsent(new BlockKey(rs.getString(1), rs.getString(2)), k -> new ArrayList<>()).add(person);
                    String record = rs.getString(4);
                    if (record != null) {
                        texts.put(person, record);
                    }
                });
        // read on every core: a batch of 2,000 meets some 10,000 golden records in a large store
        List<UUID> ids = new ArrayList<>(texts.keySet());
        List<Map<String, Object>> read = Parallel.map(ids, id -> Jsonb.readMap(texts.get(id)));
        Map<UUID, Map<String, Object>> records = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            records.put(ids.get(i), read.get(i));
        }
        return new Shared(byKey, records);
    }

    /** How many golden persons hold each of {@code keys} (term keys, {@code tf:<field>}); a key none holds is absent. */
    Map<BlockKey, Long> counts(Collection<BlockKey> keys) {
        Map<BlockKey, Long> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        jdbc.query("""
                select m.rule, m.key, count(*)
                  from person_match_keys m
                 where (m.rule, m.key) in (select * from unnest(?::text[], ?::text[]))
                 group by m.rule, m.key
                """, ps -> {
                    PersonSql.texts(ps, 1, keys.stream().map(BlockKey::rule).toList());
                    PersonSql.texts(ps, 2, keys.stream().map(BlockKey::key).toList());
                }, rs -> {
                    counts.put(new BlockKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    /** How many golden persons hold a key of each of {@code rules}; a rule none holds is absent. */
    Map<String, Long> totals(Collection<String> rules) {
        Map<String, Long> totals = new HashMap<>();
        for (String rule : rules) {
            Long n = jdbc.queryForObject("select count(*) from person_match_keys where rule = ?", Long.class, rule);
            if (n != null && n > 0) {
                totals.put(rule, n);
            }
        }
        return totals;
    }

    /**
     * Replaces the keys of each person in {@code keys} by the given ones. A changed golden record keeps most of its
     * keys (a new phone or KK changes one or two), so only the difference with what the person holds is deleted and
     * inserted: every row rewritten costs a heap tuple and two index entries, and leaves a dead one behind.
     */
    void replace(Map<UUID, List<BlockKey>> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Map<UUID, Set<BlockKey>> held = new HashMap<>();
        jdbc.query("select person_id, rule, key from person_match_keys where person_id = any(?)",
                ps -> PersonSql.uuids(ps, 1, keys.keySet()),
                rs -> {
                    held.computeIfAbsent(rs.getObject(1, UUID.class), p -> new HashSet<>()).add(new BlockKey(rs.getString(2), rs.getString(3)));
                });
        List<UUID> gonePersons = new ArrayList<>();
        List<String> goneRules = new ArrayList<>();
        List<String> goneKeys = new ArrayList<>();
        Map<UUID, List<BlockKey>> added = new LinkedHashMap<>();
        keys.forEach((person, list) -> {
            Set<BlockKey> wanted = new LinkedHashSet<>(list);
            Set<BlockKey> has = held.getOrDefault(person, Set.of());
            for (BlockKey key : has) {
                if (!wanted.contains(key)) {
                    gonePersons.add(person);
                    goneRules.add(key.rule());
                    goneKeys.add(key.key());
                }
            }
            wanted.removeAll(has);
            added.put(person, List.copyOf(wanted));
        });
        if (!gonePersons.isEmpty()) {
            jdbc.update("""
                    delete from person_match_keys m
                     using unnest(?::uuid[], ?::text[], ?::text[]) as gone (person_id, rule, key)
                     where m.person_id = gone.person_id and m.rule = gone.rule and m.key = gone.key
                    """, ps -> {
                        PersonSql.uuids(ps, 1, gonePersons);
                        PersonSql.texts(ps, 2, goneRules);
                        PersonSql.texts(ps, 3, goneKeys);
                    });
        }
        insert(added);
    }

    /** Inserts the keys of persons that hold none yet (persons a batch creates). */
    void insert(Map<UUID, List<BlockKey>> keys) {
        List<Object[]> rows = new ArrayList<>();
        keys.forEach((person, list) -> list.stream().distinct().forEach(k -> rows.add(new Object[] {person, k.rule(), k.key()})));
        CopyRows.copy(jdbc, "person_match_keys", List.of("person_id", "rule", "key"), rows);
    }
}
