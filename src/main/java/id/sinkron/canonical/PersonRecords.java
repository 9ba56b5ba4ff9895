package id.sinkron.canonical;

import id.sinkron.normalize.Dates;
import id.sinkron.normalize.KkNumbers;
import id.sinkron.normalize.MaritalStatuses;
import id.sinkron.normalize.Names;
import id.sinkron.normalize.NikInfo;
import id.sinkron.normalize.Niks;
import id.sinkron.normalize.PersonName;
import id.sinkron.normalize.Phones;
import id.sinkron.normalize.Regions;
import id.sinkron.normalize.Religions;
import id.sinkron.normalize.Sex;
import id.sinkron.normalize.Sexes;
import id.sinkron.normalize.Texts;
import id.sinkron.region.VillageResolver;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a row in canonical field names (raw strings) into a validated {@link SourceRecord}: every value goes
 * through its normalizer, then Hibernate Validator checks the result. All problems of a row are reported
 * together, so an administrator fixes a row once.
 */
public final class PersonRecords {

    public static final String SOURCE_RECORD_ID = "source_record_id";
    public static final String UPDATED_AT = "updated_at";

    /** The field names a row may carry: the person's input fields plus the record's id and change time. */
    public static final Set<String> INPUT_FIELDS = Stream.concat(
                    Stream.of(SOURCE_RECORD_ID, UPDATED_AT),
                    Stream.of(PersonField.values()).filter(f -> f != PersonField.NAME_TITLES).map(PersonField::wireName))
            .collect(Collectors.toUnmodifiableSet());

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private final Validator validator;
    private final Clock clock;
    private final ZoneId zone;
    private final RegionChecks regionChecks;

    /**
     * @param zone the zone of source timestamps that carry no offset (agencies mostly write local time)
     * @param regions the current Kemendagri regions: NIK districts and village codes are checked against them
     * @param villages derives a missing village code from the village, district and regency names
     */
    public PersonRecords(Validator validator, Clock clock, ZoneId zone, id.sinkron.region.Regions regions, VillageResolver villages) {
        this.validator = validator;
        this.clock = clock;
        this.zone = zone;
        this.regionChecks = new RegionChecks(regions, villages);
    }

    /**
     * @param values canonical field name to raw value; names outside {@link #INPUT_FIELDS} reject the record
     * @param raw the row as received, kept with the record
     */
    public Parsed parse(String source, Map<String, ?> values, Map<String, Object> raw) {
        Fields in = new Fields(values);
        List<Reason> reasons = new ArrayList<>();
        values.keySet().stream()
                .filter(name -> !INPUT_FIELDS.contains(name))
                .sorted()
                .forEach(name -> reasons.add(new Reason(name, "unknown field (expected one of " + String.join(", ", INPUT_FIELDS.stream().sorted().toList()) + ")")));

        String sourceRecordId = in.get(SOURCE_RECORD_ID, Texts::clean, reasons);
        if (sourceRecordId == null && reasons.stream().noneMatch(r -> r.field().equals(SOURCE_RECORD_ID))) {
            reasons.add(new Reason(SOURCE_RECORD_ID, "is required"));
        }
        OffsetDateTime updatedAt = in.get(UPDATED_AT, this::timestamp, reasons);
        PersonName name = in.get(PersonField.FULL_NAME.wireName(), Names::normalize, reasons);
        if (name == null && reasons.stream().noneMatch(r -> r.field().equals(PersonField.FULL_NAME.wireName()))) {
            reasons.add(new Reason(PersonField.FULL_NAME.wireName(), "is required"));
        }
        LocalDate birthDate = in.get(PersonField.BIRTH_DATE.wireName(), Dates::parse, reasons);
        if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH)) {
            reasons.add(new Reason(PersonField.BIRTH_DATE.wireName(), "must not be before " + EARLIEST_BIRTH));
        }
        Sex sex = in.get(PersonField.SEX.wireName(), Sexes::parse, reasons);
        PersonFields person = new PersonFields(
                in.get(PersonField.NIK.wireName(), Niks::clean, reasons),
                in.get(PersonField.KK_NUMBER.wireName(), KkNumbers::clean, reasons),
                name == null ? null : name.name(),
                name == null ? List.of() : name.titles(),
                in.get(PersonField.BIRTH_PLACE.wireName(), Texts::upper, reasons),
                birthDate,
                sex,
                in.get(PersonField.RELIGION.wireName(), Religions::parse, reasons),
                in.get(PersonField.MARITAL_STATUS.wireName(), MaritalStatuses::parse, reasons),
                in.get(PersonField.MOTHER_NAME.wireName(), raw1 -> nameOnly(raw1), reasons),
                in.get(PersonField.ADDRESS.wireName(), Texts::upper, reasons),
                in.get(PersonField.RT.wireName(), Texts::rtRw, reasons),
                in.get(PersonField.RW.wireName(), Texts::rtRw, reasons),
                in.get(PersonField.VILLAGE_CODE.wireName(), Regions::villageCode, reasons),
                in.get(PersonField.VILLAGE_NAME.wireName(), Texts::upper, reasons),
                in.get(PersonField.DISTRICT_NAME.wireName(), Texts::upper, reasons),
                in.get(PersonField.REGENCY_NAME.wireName(), Texts::upper, reasons),
                in.get(PersonField.PHONE.wireName(), Phones::toE164, reasons));

        if (sourceRecordId != null) {
            SourceRecord record = new SourceRecord(source, sourceRecordId, updatedAt, person, List.of(), raw);
            validator.validate(record).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> addViolation(reasons, v));
            if (reasons.isEmpty()) {
                NikInfo nik = person.nik() == null ? null : Niks.parse(person.nik(), LocalDate.now(clock));
                RegionChecks.Checked regions = regionChecks.check(person, nik, in.written(
                        PersonField.VILLAGE_NAME, PersonField.DISTRICT_NAME, PersonField.REGENCY_NAME));
                List<String> warnings = new ArrayList<>(Niks.warnings(nik, birthDate, sex));
                warnings.addAll(regions.warnings());
                return new Parsed.Accepted(new SourceRecord(source, sourceRecordId, updatedAt, regions.person(), warnings, raw));
            }
        }
        return new Parsed.Rejected(sourceRecordId, dedupe(reasons));
    }

    private static String nameOnly(String raw) {
        PersonName name = Names.normalize(raw);
        return name == null ? null : name.name();
    }

    private OffsetDateTime timestamp(String raw) {
        return Dates.timestamp(raw, zone);
    }

    /** A field the normalizer already refused keeps that reason alone: the validator's would only repeat it. */
    private static void addViolation(List<Reason> reasons, ConstraintViolation<SourceRecord> violation) {
        String path = violation.getPropertyPath().toString();
        String field = snakeCase(path.substring(path.lastIndexOf('.') + 1));
        if (reasons.stream().noneMatch(r -> r.field().equals(field))) {
            reasons.add(new Reason(field, violation.getMessage()));
        }
    }

    private static List<Reason> dedupe(List<Reason> reasons) {
        return reasons.stream().distinct().toList();
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads raw values by canonical name and records a reason instead of throwing when a normalizer refuses one. */
    private record Fields(Map<String, ?> values) {

        /** The fields' values as received, for messages; a missing one is null. */
        List<String> written(PersonField... fields) {
            return Stream.of(fields).map(f -> values.get(f.wireName())).map(v -> v == null ? null : Texts.clean(v.toString())).toList();
        }

        <T> T get(String field, Function<String, T> normalizer, List<Reason> reasons) {
            return RawValues.get(values, field, normalizer, reasons);
        }
    }
}
