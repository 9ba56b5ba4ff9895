package id.sinkron.match;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Looks up golden persons that may be the same as an incoming record. Implemented by the canonical store. */
public interface Candidates {

    /** Persons whose golden NIK is {@code nik}, oldest first. */
    List<UUID> withNik(String nik);

    /**
     * Golden persons sharing at least one of {@code keys}, each once, with their golden record (canonical wire
     * names), at most {@code perBlock} persons per key so that a very common key cannot flood the scorer.
     */
    default Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int perBlock) {
        return Map.of();
    }

    /**
     * As {@link #sharingKeys(Collection, int)}, leaving out altogether the blocks of a rule in {@code skipAbove}
     * (rule name to cap) that hold more persons than its cap ({@link BlockingRule#maxBlockSize()}).
     */
    default Map<UUID, Map<String, Object>> sharingKeys(Collection<BlockKey> keys, int perBlock, Map<String, Integer> skipAbove) {
        return sharingKeys(keys, perBlock);
    }

    /**
     * How many golden persons hold {@code value} in the term-frequency-adjusted {@code field} (cleaned), of how
     * many hold any; null when not known, and the level then weighs its average u.
     */
    default Frequencies.Count frequency(String field, String value) {
        return null;
    }
}
