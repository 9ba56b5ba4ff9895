package id.sinkron.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A known record stays with its person even when its NIK changes to one another golden person holds: linking
 * never moves a record (the probabilistic matcher will judge such cases), so two persons may then hold one NIK,
 * and the record's link says why. The warning stays for as long as the record keeps that NIK.
 */
final class NikChangeWarning {

    private static final String PREFIX = "NIK changed from ";

    private NikChangeWarning() {}

    /**
     * @param known the record's link as stored (or as written earlier in the same batch)
     * @param byNik NIK to the golden persons holding it
     * @return {@code r}, with the warning added when another person holds its NIK
     */
    static SourceRecord added(SourceRecord r, PersonSql.Link known, Map<String, List<UUID>> byNik) {
        String nik = r.person().nik();
        if (nik == null || byNik.getOrDefault(nik, List.of()).stream().allMatch(known.personId()::equals)) {
            return r;
        }
        String warning = nik.equals(known.nik())
                ? known.warnings().stream().filter(w -> w.startsWith(PREFIX)).findFirst().orElse(null)
                : PREFIX + (known.nik() == null ? "none" : known.nik()) + " to " + nik + ", which another person holds; kept with its person";
        if (warning == null || r.warnings().contains(warning)) {
            return r;
        }
        List<String> warnings = new ArrayList<>(r.warnings());
        warnings.add(warning);
        return new SourceRecord(r.source(), r.sourceRecordId(), r.updatedAt(), r.person(), warnings, r.raw());
    }
}
