package id.sinkron.canonical;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads one raw value by canonical name, turning a normalizer's refusal into a {@link Reason} instead of an exception. */
public final class RawValues {

    private RawValues() {}

    /**
     * The normalized value of {@code field}, or null when it is missing or refused; a refusal (a list or object
     * where one value belongs, or a value the normalizer rejects) is added to {@code reasons}.
     */
    public static <T> T get(Map<String, ?> values, String field, Function<String, T> normalizer, List<Reason> reasons) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            reasons.add(new Reason(field, "must be a single value, not a list or object"));
            return null;
        }
        try {
            return normalizer.apply(value.toString());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            reasons.add(new Reason(field, e.getMessage()));
            return null;
        }
    }
}
