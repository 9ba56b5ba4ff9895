package id.sinkron.canonical;

import id.sinkron.canonical.SurvivorshipPolicy.FieldPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses each golden value from the linked source records by the field's rule in the {@link SurvivorshipPolicy}
 * (see {@link SurvivorshipRule}); by default the value of the source most trusted in that field wins (the civil
 * registry over a clinic for a name; a clinic over the registry for a phone number when the registry declares low
 * trust in its phone numbers), and among equally trusted ones the most recent, where "recent" is the source's own
 * change time, else when Sinkron received it. Every rule ends in trust, recency, then the lower source id and record
 * id, so the same inputs always give the same golden record (re-runs change nothing). Each value's provenance names
 * the record that supplied it and the rule that chose it. Name titles travel with the name they were written with,
 * from the preferred record that wrote that name with titles.
 */
final class Survivorship {

    private static final Comparator<Contribution> RECENT_FIRST =
            Comparator.comparing(Contribution::asOf, Comparator.nullsLast(Comparator.reverseOrder()));
    private static final Comparator<Contribution> BY_ID =
            Comparator.comparing(Contribution::source).thenComparing(Contribution::sourceRecordId);

    private static final PersonField[] FIELDS = PersonField.values();

    private final SourceTrust trust;
    /** Each field's rule, by ordinal: looked up once, not per person. */
    private final FieldPolicy[] rules = new FieldPolicy[FIELDS.length];

    /** Trust, then recency, in every field. */
    Survivorship(SourceTrust trust) {
        this(trust, SurvivorshipPolicy.TRUST);
    }

    Survivorship(SourceTrust trust, SurvivorshipPolicy policy) {
        this.trust = trust;
        for (PersonField field : FIELDS) {
            rules[field.ordinal()] = policy.of(field);
        }
    }

    record Golden(Map<String, Object> record, Map<String, Provenance> provenance) {}

    Golden choose(List<Contribution> contributions) {
        Map<String, Object> record = new LinkedHashMap<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        for (PersonField field : FIELDS) {
            if (field == PersonField.NAME_TITLES) {
                continue;
            }
            String name = field.wireName();
            SurvivorshipRule rule = rules[field.ordinal()].rule();
            List<Contribution> having = having(contributions, name);
            if (having.isEmpty()) {
                continue;
            }
            // most persons have one source record: nothing to order
            Comparator<Contribution> order = having.size() == 1 ? BY_ID : preferred(field, having);
            Contribution best = having.size() == 1 ? having.get(0) : having.stream().min(order).orElseThrow();
            Object value = best.values().get(name);
            record.put(name, value);
            provenance.put(name, best.provenance(rule));
            if (field == PersonField.FULL_NAME) {
                titlesOf(value, having, order).ifPresent(t -> {
                    record.put(PersonField.NAME_TITLES.wireName(), t.values().get(PersonField.NAME_TITLES.wireName()));
                    provenance.put(PersonField.NAME_TITLES.wireName(), t.provenance(rule));
                });
            }
        }
        return new Golden(PersonField.ordered(record), provenance);
    }

    /** The contributions with a value of the field; the list itself when it is one that has. */
    private static List<Contribution> having(List<Contribution> contributions, String field) {
        if (contributions.size() == 1) {
            return contributions.get(0).values().get(field) == null ? List.of() : contributions;
        }
        List<Contribution> having = new ArrayList<>(contributions.size());
        for (Contribution c : contributions) {
            if (c.values().get(field) != null) {
                having.add(c);
            }
        }
        return having;
    }

    /** The order in which the contributions {@code having} a value of {@code field} are preferred for it, best first. */
    private Comparator<Contribution> preferred(PersonField field, List<Contribution> having) {
        FieldPolicy rule = rules[field.ordinal()];
        String name = field.wireName();
        Comparator<Contribution> trusted = Comparator.<Contribution>comparingInt(c -> rule.rank(c.source()))
                .thenComparingInt(c -> -trust.of(c.source(), name));
        Comparator<Contribution> byTrust = trusted.thenComparing(RECENT_FIRST);
        Comparator<Contribution> first = switch (rule.rule()) {
            case TRUST -> byTrust;
            case MOST_RECENT -> RECENT_FIRST.thenComparing(trusted);
            case MOST_COMPLETE -> {
                Map<Contribution, Integer> completeness = new IdentityHashMap<>();
                having.forEach(c -> completeness.put(c, FieldValues.completeness(field, c.values().get(name))));
                yield Comparator.<Contribution>comparingInt(c -> -completeness.get(c)).thenComparing(byTrust);
            }
            case MOST_FREQUENT -> {
                Map<Contribution, Object> comparable = new IdentityHashMap<>();
                Map<Object, Integer> agreeing = new HashMap<>();
                for (Contribution c : having) {
                    Object value = FieldValues.comparable(c.values().get(name));
                    comparable.put(c, value);
                    agreeing.merge(value, 1, Integer::sum);
                }
                yield Comparator.<Contribution>comparingInt(c -> -agreeing.get(comparable.get(c))).thenComparing(byTrust);
            }
        };
        return first.thenComparing(BY_ID);
    }

    /** The preferred record that wrote this same name with titles: a source that omits titles does not erase them. */
    private static Optional<Contribution> titlesOf(Object name, List<Contribution> having, Comparator<Contribution> order) {
        return having.stream()
                .filter(c -> name.equals(c.values().get(PersonField.FULL_NAME.wireName())))
                .filter(c -> c.values().get(PersonField.NAME_TITLES.wireName()) instanceof List<?> titles && !titles.isEmpty())
                .min(order);
    }
}
