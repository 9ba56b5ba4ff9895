package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import id.sinkron.match.BlockKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Golden persons sharing any of {@code keys} with their golden records, in person id order; a key held by
     * more than {@code perBlock} persons contributes only its first {@code perBlock}.
     */
    Map<UUID, Map<String, Object>> personsSharing(Collection<BlockKey> keys, int perBlock) {
        Map<UUID, Map<String, Object>> persons = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return persons;
        }
        jdbc.query("""
                select p.id, p.record
                  from persons p
                 where p.id in (select person_id from (
                           select m.person_id, row_number() over (partition by m.rule, m.key order by m.person_id) as n
                             from person_match_keys m
                             join unnest(?::text[], ?::text[]) as k(rule, key) on m.rule = k.rule and m.key = k.key) as shared
                        where n <= ?)
                 order by p.id
                """, ps -> {
                    PersonSql.texts(ps, 1, keys.stream().map(BlockKey::rule).toList());
                    PersonSql.texts(ps, 2, keys.stream().map(BlockKey::key).toList());
                    ps.setInt(3, perBlock);
                }, rs -> {
                    persons.put(rs.getObject(1, UUID.class), Jsonb.readMap(rs.getString(2)));
                });
        return persons;
    }

    /** Replaces the keys of each person in {@code keys} by the given ones. */
    void replace(Map<UUID, List<BlockKey>> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.update("delete from person_match_keys where person_id = any(?)", ps -> PersonSql.uuids(ps, 1, keys.keySet()));
        List<Object[]> rows = new ArrayList<>();
        keys.forEach((person, list) -> list.stream().distinct().forEach(k -> rows.add(new Object[] {person, k.rule(), k.key()})));
        jdbc.batchUpdate("insert into person_match_keys (person_id, rule, key) values (?, ?, ?)", rows);
    }
}
