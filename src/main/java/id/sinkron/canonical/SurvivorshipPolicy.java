package id.sinkron.canonical;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The survivorship rule of every canonical field, as {@code config/survivorship.yml} declares it: the fields it
 * names take their own rule, the identity fields it does not name take {@link SurvivorshipRule#TRUST} (so the civil
 * registry keeps winning them), and every other field takes the default.
 *
 * @param defaults the rule of fields not named
 * @param fields the rules of the named fields; never {@link PersonField#NAME_TITLES}, which follows the name
 */
public record SurvivorshipPolicy(FieldPolicy defaults, Map<PersonField, FieldPolicy> fields) {

    /** Fields that identify a person: whatever the default, they keep {@code trust} unless named. */
    public static final Set<PersonField> IDENTITY = EnumSet.of(PersonField.NIK, PersonField.FULL_NAME, PersonField.BIRTH_DATE,
            PersonField.SEX, PersonField.BIRTH_PLACE, PersonField.MOTHER_NAME);

    /** Trust, then recency, in every field: the behaviour without a configuration. */
    public static final SurvivorshipPolicy TRUST = new SurvivorshipPolicy(FieldPolicy.TRUST, Map.of());

    public SurvivorshipPolicy {
        Objects.requireNonNull(defaults, "defaults");
        if (fields.containsKey(PersonField.NAME_TITLES)) {
            throw new IllegalArgumentException("name_titles follows full_name and has no rule of its own");
        }
        fields = fields.isEmpty() ? Map.of() : new EnumMap<>(fields);
    }

    /** The rule that chooses {@code field}. */
    public FieldPolicy of(PersonField field) {
        FieldPolicy named = fields.get(field);
        if (named != null) {
            return named;
        }
        return IDENTITY.contains(field) ? new FieldPolicy(SurvivorshipRule.TRUST, defaults.ranking()) : defaults;
    }

    /** Every source some ranking names: they must stay declared while this policy is in force. */
    public Set<String> rankedSources() {
        Set<String> ranked = new TreeSet<>(defaults.ranking());
        fields.values().forEach(f -> ranked.addAll(f.ranking()));
        return Collections.unmodifiableSet(ranked);
    }

    /**
     * One field's rule.
     *
     * @param rule how the value is chosen
     * @param ranking source ids, most trusted first: where survivorship compares trust (the {@code trust} rule and
     *     every tie), a ranked source beats any unranked one and the ranking overrides the sources' {@code trust:}
     *     numbers; unranked sources follow in their trust order
     */
    public record FieldPolicy(SurvivorshipRule rule, List<String> ranking) {

        public static final FieldPolicy TRUST = new FieldPolicy(SurvivorshipRule.TRUST, List.of());

        public FieldPolicy {
            Objects.requireNonNull(rule, "rule");
            ranking = ranking == null ? List.of() : List.copyOf(ranking);
        }

        /** The source's place in the ranking; {@code ranking.size()} (after every ranked one) when it is not ranked. */
        int rank(String source) {
            int at = ranking.indexOf(source);
            return at < 0 ? ranking.size() : at;
        }
    }
}
