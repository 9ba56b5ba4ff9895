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
}
