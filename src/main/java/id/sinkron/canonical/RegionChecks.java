package id.sinkron.canonical;

import id.sinkron.normalize.NikInfo;
import id.sinkron.region.AddressNames;
import id.sinkron.region.Regions;
import id.sinkron.region.VillageMatch;
import id.sinkron.region.VillageResolver;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the Kemendagri region codes say about an accepted record. Nothing here rejects: region codes are split
 * and renumbered over time while a NIK never changes, and an agency's village code may predate the current
 * edition, so every finding is a warning kept with the record.
 */
final class RegionChecks {

    /** The person's fields, possibly with a derived village code, and the warnings found. */
    record Checked(PersonFields person, List<String> warnings) {}

    private final Regions regions;
    private final VillageResolver resolver;

    RegionChecks(Regions regions, VillageResolver resolver) {
        this.regions = regions;
        this.resolver = resolver;
    }

    /**
     * @param nik the parsed NIK, or null
     * @param writtenNames the village, district and regency names as received, for the derivation's warning
     */
    Checked check(PersonFields person, NikInfo nik, List<String> writtenNames) {
        Stream.Builder<String> warnings = Stream.builder();
        if (nik != null && regions.districtOfNik(nik.nik()).isEmpty()) {
            warnings.add("NIK district " + Regions.districtCode(nik.nik()) + " is not a current Kemendagri district; the NIK is kept as issued");
        }
        AddressNames address = new AddressNames(person.villageName(), person.districtName(), person.regencyName(), person.villageCode());
        if (person.villageCode() != null) {
            if (!regions.isVillage(person.villageCode())) {
                String hint = person.villageName() == null ? "" : resolver.resolve(address)
                        .map(m -> " (the names point to " + m.code() + ")").orElse("");
                warnings.add("village_code " + person.villageCode() + " is not a current Kemendagri village" + hint);
            }
        } else if (person.villageName() != null) {
            Optional<VillageMatch> match = resolver.resolve(address);
            if (match.isPresent()) {
                person = person.withVillageCode(match.get().code());
                warnings.add("village_code " + match.get().code() + " derived from names '" + names(writtenNames) + "' (" + how(match.get()) + ")");
            }
        }
        return new Checked(person, warnings.build().toList());
    }

    private static String names(List<String> written) {
        return written.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
    }

    private static String how(VillageMatch match) {
        return match.basis() == VillageMatch.Basis.EXACT_NAMES
                ? "exact names"
                : String.format(Locale.ROOT, "similar names, confidence %.2f", match.confidence());
    }
}
