package id.sinkron.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the blocking keys of a model depend on, as one SHA-256: every blocking rule with its fields, every
 * term-frequency-adjusted field (whose cleaned values the store keeps as {@code tf:} keys), and every field
 * those are cleaned or derived from with its cleaners. Keys stored under one fingerprint stay valid as long as it
 * does not change; comparisons, weights and thresholds are not part of it, since they change no key. A change to a
 * cleaner's code is not seen here (the stored keys are then rebuilt on request).
 */
public final class BlockingFingerprint {

    private BlockingFingerprint() {}

    public static String of(MatchingConfig config) {
        StringBuilder text = new StringBuilder();
        Set<String> used = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (BlockingRule rule : config.blocking()) {
            text.append("rule ").append(rule.name()).append(' ').append(rule.fields()).append('\n');
            pending.addAll(rule.fields());
        }
        Set<String> tf = new TreeSet<>();
        config.comparisons().forEach(c -> c.levels().stream().filter(Level::tf).forEach(l -> tf.add(c.field())));
        for (String field : tf) {
            text.append("tf ").append(field).append('\n');
            pending.add(field);
        }
        while (!pending.isEmpty()) {
            String field = pending.pop();
            MatchingConfig.FieldSpec spec = config.fields().get(field);
            if (used.add(field) && spec != null && spec.from() != null) {
                pending.push(spec.from());
            }
        }
        for (String field : used) {
            MatchingConfig.FieldSpec spec = config.fields().get(field);
            text.append("field ").append(field);
            if (spec != null) {
                text.append(" from ").append(spec.from() == null ? field : spec.from()).append(' ').append(spec.cleaners());
            }
            text.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
