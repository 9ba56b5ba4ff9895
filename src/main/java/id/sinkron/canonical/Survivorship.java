package id.sinkron.canonical;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses each golden value from the linked source records: the value of the source most trusted in that field
 * wins (the civil registry over a clinic for a name; a clinic over the registry for a phone number when the
 * registry declares low trust in its phone numbers), and among equally trusted ones the most recent non-missing value, where "recent" is
 * the source's own change time, else when Sinkron received it. Ties go to the lower source id and record id, so the same inputs always give the same golden record (re-runs change nothing). Name titles
 * travel with the name they were written with, from the newest record that wrote that name with titles.
 */
final class Survivorship {

    private static final Comparator<Contribution> RECENT_FIRST =
            Comparator.comparing(Contribution::asOf, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Contribution::source)
                    .thenComparing(Contribution::sourceRecordId);

    private final SourceTrust trust;

    Survivorship(SourceTrust trust) {
        this.trust = trust;
    }

    /** The order in which contributions are preferred for {@code field}. */
    private Comparator<Contribution> preferred(String field) {
        return Comparator.<Contribution>comparingInt(c -> -trust.of(c.source(), field)).thenComparing(RECENT_FIRST);
    }

    record Golden(Map<String, Object> record, Map<String, Provenance> provenance) {}

    Golden choose(List<Contribution> contributions) {
        Map<String, Object> record = new LinkedHashMap<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        for (PersonField field : PersonField.values()) {
            if (field == PersonField.NAME_TITLES) {
                continue;
            }
            // most persons have one source record: nothing to order
            List<Contribution> ordered = contributions.size() == 1 ? contributions
                    : contributions.stream().sorted(preferred(field.wireName())).toList();
            for (Contribution c : ordered) {
                Object value = c.values().get(field.wireName());
                if (value != null) {
                    record.put(field.wireName(), value);
                    provenance.put(field.wireName(), c.provenance());
                    if (field == PersonField.FULL_NAME) {
                        titlesOf(value, ordered).ifPresent(t -> {
                            record.put(PersonField.NAME_TITLES.wireName(), t.values().get(PersonField.NAME_TITLES.wireName()));
                            provenance.put(PersonField.NAME_TITLES.wireName(), t.provenance());
                        });
                    }
                    break;
                }
            }
        }
        return new Golden(PersonField.ordered(record), provenance);
    }

    /** The preferred record that wrote this same name with titles: a source that omits titles does not erase them. */
    private static Optional<Contribution> titlesOf(Object name, List<Contribution> ordered) {
        return ordered.stream()
                .filter(c -> name.equals(c.values().get(PersonField.FULL_NAME.wireName())))
                .filter(c -> c.values().get(PersonField.NAME_TITLES.wireName()) instanceof List<?> titles && !titles.isEmpty())
                .findFirst();
    }
}
