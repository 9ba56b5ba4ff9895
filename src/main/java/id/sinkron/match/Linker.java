package id.sinkron.match;

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
}
