package id.sinkron.match;

import java.util.function.UnaryOperator;

/**
 * Turns a raw value into its comparable form (Duke's vocabulary): case folded, noise removed, or reduced to a
 * key such as a phonetic code. Returns null when nothing comparable remains, which the comparisons treat as
 * missing. Cleaners are referenced by name from {@code config/matching.yml} and looked up in {@link Cleaners},
 * so a domain-specific one (Indonesian name normalization, an Indonesian phonetic key) plugs in by registering
 * it under a name.
 */
@FunctionalInterface
public interface Cleaner {

    /** @return the cleaned value, or null when the value is missing or empty after cleaning */
    String clean(String value);

    /** This cleaner, then {@code next} on its result (null stays null). */
    default Cleaner andThen(Cleaner next) {
        return value -> {
            String cleaned = clean(value);
            return cleaned == null ? null : next.clean(cleaned);
        };
    }

    /** A cleaner from a plain string function; blank results become null. */
    static Cleaner of(UnaryOperator<String> function) {
        return value -> {
            if (value == null) {
                return null;
            }
            String cleaned = function.apply(value);
            return cleaned == null || cleaned.isBlank() ? null : cleaned;
        };
    }
}
