package id.sinkron.canonical;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How survivorship chooses a field's golden value among the linked source records that have one. Every rule ends
 * in the same tie-breakers (source trust, then recency, then source id and source record id), so the same records
 * always give the same golden value, whatever order they arrive in.
 */
public enum SurvivorshipRule {
    /** The source most trusted in the field (its place in a {@code ranking}, else its {@code trust:} number), then the most recent. */
    TRUST("trust"),
    /** The most recent value ({@code updated_at} of the source, else when Sinkron received it), then the most trusted. */
    MOST_RECENT("most-recent"),
    /**
     * The most informative value: for free text (names, places, address, region names) the one with the most
     * letters and digits, so "MUHAMMAD RIZKI" beats "M. RIZKI" and a full address beats a partial one; for fields of
     * a fixed format (NIK, KK, dates, codes, sex, RT/RW, religion, marital status, phone) every valid value is
     * equally complete. Then the most trusted, then the most recent.
     */
    MOST_COMPLETE("most-complete"),
    /**
     * The value the most linked records agree on, compared in upper case on letters and digits only ("JL. MERPATI 4"
     * agrees with "JL MERPATI 4"). Then the group with the most trusted record, then the most recent.
     */
    MOST_FREQUENT("most-frequent");

    private final String wireName;

    SurvivorshipRule(String wireName) {
        this.wireName = wireName;
    }

    /** The rule's name in {@code config/survivorship.yml} and in provenance. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<SurvivorshipRule> byWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(SurvivorshipRule::wireName).toList();
    }
}
