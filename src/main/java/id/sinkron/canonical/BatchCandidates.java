package id.sinkron.canonical;

import id.sinkron.match.BlockKey;
import id.sinkron.match.Candidates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The candidates of one batch: golden persons in the store (by NIK, or sharing a blocking key in
 * {@code person_match_keys}) plus the persons this batch has started and not yet written, so that two records of
 * one person in the same batch still meet.
 */
final class BatchCandidates implements Candidates {

    private final MatchKeySql sql;
    private final Map<String, List<UUID>> byNik;
    private final Map<BlockKey, List<UUID>> started = new HashMap<>();
    private final Map<UUID, Map<String, Object>> startedRecords = new HashMap<>();

    BatchCandidates(MatchKeySql sql, Map<String, List<UUID>> byNik) {
        this.sql = sql;
        this.byNik = byNik;
    }

    @Override
    public List<UUID> withNik(String nik) {
        return byNik.getOrDefault(nik, List.of());
    }

    @Override
    public Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int perBlock) {
        Map<UUID, Map<String, Object>> found = new LinkedHashMap<>(sql.personsSharing(keys, perBlock));
        for (BlockKey key : keys) {
            started.getOrDefault(key, List.of()).stream().limit(perBlock)
                    .forEach(id -> found.putIfAbsent(id, startedRecords.get(id)));
        }
        return found;
    }

    /** A person this batch started from {@code record}, findable by its NIK and keys until the batch is written. */
    void started(UUID personId, Map<String, Object> record, String nik, List<BlockKey> keys) {
        if (nik != null) {
            byNik.computeIfAbsent(nik, k -> new ArrayList<>()).add(personId);
        }
        startedRecords.put(personId, record);
        keys.forEach(k -> started.computeIfAbsent(k, x -> new ArrayList<>()).add(personId));
    }
}
