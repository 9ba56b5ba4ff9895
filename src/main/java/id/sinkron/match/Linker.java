package id.sinkron.match;

import java.util.List;
import java.util.Map;

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
}
