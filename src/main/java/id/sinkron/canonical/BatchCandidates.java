package id.sinkron.canonical;

import id.sinkron.match.BlockKey;
import id.sinkron.match.Candidates;
import id.sinkron.match.Frequencies;
import id.sinkron.match.Linker;
import id.sinkron.match.ProbabilisticLinker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The candidates of one batch: golden persons in the store (by NIK, or sharing a blocking key in
 * {@code person_match_keys}, fetched for the whole batch with one query at the first lookup) plus the persons
 * this batch has started and not yet written, so that two records of one person in the same batch still meet.
 * The frequencies of the batch's term keys among golden persons are counted for the whole batch the same way
 * (persons started by the batch are not counted). The golden records fetched are handed to the linker to be
 * cleaned on every core before the first record is decided.
 */
final class BatchCandidates implements Candidates {

    private final MatchKeySql sql;
    private final Linker linker;
    private final Map<String, List<UUID>> byNik;
    private final Set<BlockKey> batchKeys;
    private final Set<BlockKey> termKeys;
    private final TermTotals termTotals;
    private MatchKeySql.Shared stored;
    private Map<BlockKey, Long> termCounts;
    private Map<String, Long> totals;
    private final Map<BlockKey, List<UUID>> started = new HashMap<>();
    private final Map<UUID, Map<String, Object>> startedRecords = new HashMap<>();

    /**
     * @param batchKeys the blocking keys of every record of the batch, fetched together
     * @param termKeys the term keys of every record of the batch, counted together
     */
    BatchCandidates(MatchKeySql sql, Linker linker, Map<String, List<UUID>> byNik, Set<BlockKey> batchKeys, Set<BlockKey> termKeys,
            TermTotals termTotals) {
        this.sql = sql;
        this.linker = linker;
        this.byNik = byNik;
        this.batchKeys = batchKeys;
        this.termKeys = termKeys;
        this.termTotals = termTotals;
    }

    @Override
    public Frequencies.Count frequency(String field, String value) {
        if (termCounts == null) {
            totals = termTotals.of(termKeys.stream().map(BlockKey::rule).distinct().toList());
            termCounts = termTotals.counts(termKeys);
        }
        String rule = ProbabilisticLinker.TERM_RULE + field;
        Long total = totals.get(rule);
        Long count = termCounts.get(new BlockKey(rule, value));
        return total == null || count == null ? null : new Frequencies.Count(count, Math.max(total, count));
    }

    @Override
    public List<UUID> withNik(String nik) {
        return byNik.getOrDefault(nik, List.of());
    }

    @Override
    public Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int perBlock) {
        return sharingKeys(keys, perBlock, Map.of());
    }

    @Override
    public Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int perBlock, Map<String, Integer> skipAbove) {
        if (stored == null) {
            stored = sql.personsSharing(batchKeys, perBlock, skipAbove);
            linker.prepareGolden(stored.records());
        }
        Map<UUID, Map<String, Object>> found = new TreeMap<>();
        for (BlockKey key : keys) {
            stored.byKey().getOrDefault(key, List.of()).forEach(id -> found.put(id, stored.records().get(id)));
            List<UUID> startedHere = started.getOrDefault(key, List.of());
            if (startedHere.size() <= skipAbove.getOrDefault(key.rule(), Integer.MAX_VALUE)) {
                startedHere.stream().limit(perBlock).forEach(id -> found.put(id, startedRecords.get(id)));
            }
        }
        return new LinkedHashMap<>(found);
    }

    /** The golden NIK of a person this batch looked up or started, as it was then; null when it had none or is unknown. */
    String nik(UUID person) {
        Map<String, Object> record = startedRecords.containsKey(person) ? startedRecords.get(person)
                : stored == null ? null : stored.records().get(person);
        Object nik = record == null ? null : record.get(PersonField.NIK.wireName());
        return nik == null ? null : nik.toString();
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
