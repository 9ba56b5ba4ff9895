package id.sinkron.match;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Links records that carry the same valid NIK; every other record starts a new person. Validity is checked
 * before linking, so a NIK reaching here is well-formed. Where real data holds one NIK on several golden
 * persons, the oldest wins.
 */
public final class ExactNikLinker implements Linker {

    public static final String RULE = "exact-nik";
    public static final String NEW_RULE = "new";

    @Override
    public LinkDecision decide(Map<String, Object> record, Candidates candidates) {
        Object nik = record.get("nik");
        if (nik != null) {
            List<UUID> persons = candidates.withNik(nik.toString());
            if (!persons.isEmpty()) {
                return LinkDecision.link(persons.get(0), RULE, 1.0);
            }
        }
        return LinkDecision.newPerson(NEW_RULE);
    }
}
