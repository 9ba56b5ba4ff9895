package id.sinkron.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides which golden person a new source record belongs to. The seam the probabilistic matcher plugs into.
 * Called inside the writing transaction with the candidate keys already locked, so a decision cannot race
 * another writer.
 */
public interface Linker {

    /**
     * @param record the record's normalized canonical values keyed by wire name ({@code nik}, {@code full_name}, …)
     */
    LinkDecision decide(Map<String, Object> record, Candidates candidates);

    /**
     * The blocking keys of a record (canonical wire names). The store keeps them for every golden person it
     * writes and locks them for every incoming record before deciding; a linker that needs none returns none,
     * and the store then keeps none.
     */
    default List<BlockKey> keys(Map<String, Object> record) {
        return List.of();
    }

    /**
     * The values of a record whose frequency among golden persons weighs an exact match (term-frequency
     * adjustment), as keys of rule {@code tf:<field>}. The store keeps them beside the blocking keys and counts
     * them through {@link Candidates#frequency}; they are not blocking keys.
     */
    default List<BlockKey> termKeys(Map<String, Object> record) {
        return List.of();
    }

    /**
     * Readies the golden records a batch's candidates bring (by person id) for {@link #decide}, spread over the
     * cores ({@link Parallel}). Only a head start: every later call answers the same with or without it.
     */
    default void prepareGolden(Map<UUID, Map<String, Object>> golden) {
    }

    /** What the store keeps for a golden record: its blocking keys, then its term keys. */
    default List<BlockKey> storedKeys(Map<String, Object> record) {
        List<BlockKey> keys = new ArrayList<>(keys(record));
        keys.addAll(termKeys(record));
        return keys;
    }
}
