package id.sinkron.canonical;

/**
 * How much survivorship trusts a source: a value from a more trusted source wins over a newer one from a less
 * trusted source. Declared per source ({@code trust:} in {@code config/sources/}), 0–100.
 */
@FunctionalInterface
public interface SourceTrust {

    /** Trust of a source that does not say. */
    int DEFAULT = 50;

    int of(String source);
}
