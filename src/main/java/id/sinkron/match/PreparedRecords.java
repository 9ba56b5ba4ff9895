package id.sinkron.match;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Cleaned records kept between calls of a {@link ProbabilisticLinker}. Cleaning (name keys, phonetic codes) costs
 * more than scoring, and the same values come back: an incoming record is asked for its keys and then decided,
 * the golden record of a new person is usually that same record, and a golden person is a candidate of every
 * incoming record sharing one of its blocks. A golden person is found by id and reused only while its values
 * are the ones cleaned, so a changed golden record is cleaned again. An incoming record is found first as the
 * caller's instance (a batch asks for the keys, the term keys and the decision of the same map), then by its
 * values. Each map is emptied when it is full, which keeps the memory bounded without bookkeeping.
 */
final class PreparedRecords {

    /** @param source the golden record these values were read from: the same instance again needs no comparison */
    private record Cleaned(Object source, Map<String, String> values, MatchRecord record) {}

    /** An incoming record cleaned, with its blocking keys. */
    record Incoming(MatchRecord record, List<BlockKey> keys) {}

    /** Equal only to itself: the same instance, not an equal one. */
    private record Instance(Object of) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Instance instance && instance.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    private final int capacity;
    private final Map<Map<String, String>, MatchRecord> incoming = new ConcurrentHashMap<>();
    private final Map<UUID, Cleaned> golden = new ConcurrentHashMap<>();
    private final Map<Instance, Incoming> incomingInstances = new ConcurrentHashMap<>();

    /** @param capacity records kept in each map before it is emptied */
    PreparedRecords(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Empties the golden map now if {@code golden} more records would fill it, so that the candidates cleaned
     * ahead of a batch ({@link ProbabilisticLinker#prepareGolden}) are still there when the batch asks for them.
     */
    void makeRoomForGolden(int golden) {
        if (this.golden.size() + golden > capacity) {
            this.golden.clear();
        }
    }

    /** The incoming record with these values, cleaned by {@code prepare} unless it was already. */
    MatchRecord incoming(Map<String, String> values, Function<Map<String, String>, MatchRecord> prepare) {
        MatchRecord known = incoming.get(values);
        if (known != null) {
            return known;
        }
        MatchRecord cleaned = prepare.apply(values);
        if (incoming.size() >= capacity) {
            incoming.clear();
        }
        incoming.put(values, cleaned);
        return cleaned;
    }

    /**
     * The incoming record {@code source} with its blocking keys: the same instance again is known without turning
     * it into text ({@code values}) and comparing; otherwise as {@link #incoming(Map, Function)}, its keys then
     * computed by {@code keys}. The caller must not change {@code source} once asked about it.
     */
    Incoming incoming(Object source, Supplier<Map<String, String>> values, Function<Map<String, String>, MatchRecord> prepare,
            Function<MatchRecord, List<BlockKey>> keys) {
        Instance instance = new Instance(source);
        Incoming known = incomingInstances.get(instance);
        if (known != null) {
            return known;
        }
        MatchRecord record = incoming(values.get(), prepare);
        Incoming cleaned = new Incoming(record, keys.apply(record));
        if (incomingInstances.size() >= capacity) {
            incomingInstances.clear();
        }
        incomingInstances.put(instance, cleaned);
        return cleaned;
    }

    /** The golden person {@code id} with these values, cleaned by {@code prepare} unless it was already. */
    MatchRecord golden(UUID id, Map<String, String> values, Function<Map<String, String>, MatchRecord> prepare) {
        return golden(id, values, () -> values, prepare);
    }

    /**
     * The golden person {@code id} as {@code source} holds it ({@code values} being its values as text), cleaned
     * unless it was already. A batch asks for the same golden record (the same instance) once for every incoming
     * record it shares a block with: that instance again is known without turning it into text and comparing.
     */
    MatchRecord golden(UUID id, Object source, Supplier<Map<String, String>> values, Function<Map<String, String>, MatchRecord> prepare) {
        Cleaned known = golden.get(id);
        if (known != null && known.source() == source) {
            return known.record();
        }
        Map<String, String> text = values.get();
        if (known != null && known.values().equals(text)) {
            return known.record();
        }
        MatchRecord cleaned = prepare.apply(text);
        if (golden.size() >= capacity) {
            golden.clear();
        }
        golden.put(id, new Cleaned(source, text, cleaned));
        return cleaned;
    }
}
