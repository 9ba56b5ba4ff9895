package id.sinkron.canonical;

/**
 * How much survivorship trusts a source: a value from a more trusted source wins over a newer one from a less
 * trusted source. Declared per source ({@code trust:} in {@code config/sources/}), 0–100, and optionally per field
 * ({@code trust: { default: 100, fields: { phone: 30 } }}): the civil registry wins identity fields while a
 * clinic's fresher phone number wins over the registry's.
 */
@FunctionalInterface
public interface SourceTrust {

    /** Trust of a source that does not say. */
    int DEFAULT = 50;

    int of(String source);

    /** Trust in the source's value of one canonical field; the source's trust unless it declares otherwise. */
    default int of(String source, String field) {
        return of(source);
    }
}
