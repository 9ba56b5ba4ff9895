package id.sinkron.match;

import java.util.List;

/**
 * Finds the records that share a blocking key with an incoming record (incremental matching). The in-memory
 * {@link BlockingIndex} implements it for batches and tests; the canonical store implements it with a table of
 * blocking keys and one indexed query per rule.
 */
public interface CandidateSource {

    /** Records sharing at least one blocking key with {@code record}, each once, never {@code record} itself. */
    List<MatchRecord> candidates(MatchRecord record);
}
