package id.sinkron.match;

/**
 * How often a value of a term-frequency-adjusted field occurs among the records matched against: the records of a
 * batch ({@link TermFrequencies}) or the golden persons of the store.
 */
public interface Frequencies {

    /** Nothing measured: every tf level weighs its average u. */
    Frequencies NONE = (field, value) -> null;

    /** How many records hold {@code value} in {@code field}, of how many holding any; null when not measured. */
    Count count(String field, String value);

    /**
     * @param count records holding the value
     * @param total records holding any value of the field
     */
    record Count(long count, long total) {}
}
