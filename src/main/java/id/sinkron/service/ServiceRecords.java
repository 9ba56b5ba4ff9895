package id.sinkron.service;

import id.sinkron.canonical.RawValues;
import id.sinkron.canonical.Reason;
import id.sinkron.normalize.Dates;
import id.sinkron.normalize.Niks;
import id.sinkron.normalize.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a row in canonical service field names (raw strings) into a validated {@link ServiceRecord}: values go
 * through the normalizers (NIK, dates), the status through the source's {@link ServiceStatuses}, then Hibernate
 * Validator checks the result. All problems of a row are reported together.
 */
public final class ServiceRecords {

    public static final String SOURCE_RECORD_ID = "source_record_id";
    public static final String UPDATED_AT = "updated_at";
    public static final String SERVICE_TYPE = "service_type";
    public static final String EXTERNAL_ID = "external_id";
    public static final String STATUS = "status";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String PERSON_NIK = "person_nik";
    public static final String PERSON_SOURCE = "person_source";
    public static final String PERSON_SOURCE_RECORD_ID = "person_source_record_id";
    /** An object of further values; a mapped source fills it field by field as {@code attributes.<name>}. */
    public static final String ATTRIBUTES = "attributes";
    public static final String ATTRIBUTE_PREFIX = ATTRIBUTES + ".";

    /** The field names a row may carry, besides {@code attributes.<name>}. */
    public static final Set<String> INPUT_FIELDS = Set.of(SOURCE_RECORD_ID, UPDATED_AT, SERVICE_TYPE, EXTERNAL_ID, STATUS,
            START_DATE, END_DATE, PERSON_NIK, PERSON_SOURCE, PERSON_SOURCE_RECORD_ID, ATTRIBUTES);

    /** The fields every row needs; a mapped source must map them (or give them a default). */
    public static final List<String> REQUIRED = List.of(SOURCE_RECORD_ID, SERVICE_TYPE, EXTERNAL_ID, STATUS);

    private final Validator validator;
    private final ZoneId zone;

    /** @param zone the zone of source timestamps that carry no offset */
    public ServiceRecords(Validator validator, ZoneId zone) {
        this.validator = validator;
        this.zone = zone;
    }

    /** Whether {@code name} is a field a service row may carry. */
    public static boolean isInputField(String name) {
        return INPUT_FIELDS.contains(name) || (name.startsWith(ATTRIBUTE_PREFIX) && name.length() > ATTRIBUTE_PREFIX.length());
    }

    /**
     * @param values canonical field name to raw value; unknown names reject the record
     * @param raw the row as received, kept with the record
     */
    public ParsedService parse(ServiceSource source, Map<String, ?> values, Map<String, Object> raw) {
        List<Reason> reasons = new ArrayList<>();
        values.keySet().stream().filter(name -> !isInputField(name)).sorted().forEach(name -> reasons.add(new Reason(name,
                "unknown field (expected one of " + String.join(", ", INPUT_FIELDS.stream().sorted().toList()) + " or attributes.<name>)")));
        Reader in = new Reader(values, reasons);
        String sourceRecordId = in.get(SOURCE_RECORD_ID, Texts::clean);
        for (String required : REQUIRED) {
            if (values.get(required) == null || values.get(required).toString().isBlank()) {
                reasons.add(new Reason(required, "is required"));
            }
        }
        String personSource = in.get(PERSON_SOURCE, Texts::clean);
        if (personSource != null && !source.personSources().contains(personSource)) {
            reasons.add(new Reason(PERSON_SOURCE, "'" + personSource + "' is not a person source of " + source.agency()
                    + " (expected one of " + String.join(", ", source.personSources().stream().sorted().toList()) + ")"));
        }
        String personRecordId = in.get(PERSON_SOURCE_RECORD_ID, Texts::clean);
        if (personRecordId != null && personSource == null) {
            personSource = source.personSource();
            if (personSource == null) {
                reasons.add(new Reason(PERSON_SOURCE, "is required with person_source_record_id: the source declares no person-source"));
            }
        }
        ServiceRecord record = new ServiceRecord(
                source.id(),
                sourceRecordId,
                in.get(UPDATED_AT, v -> Dates.timestamp(v, zone)),
                source.agency(),
                in.get(SERVICE_TYPE, v -> Texts.clean(v) == null ? null : Texts.clean(v).toUpperCase(Locale.ROOT)),
                in.get(EXTERNAL_ID, Texts::clean),
                in.get(STATUS, source.statuses()::parse),
                in.get(START_DATE, Dates::parse),
                in.get(END_DATE, Dates::parse),
                in.get(PERSON_NIK, Niks::clean),
                personSource,
                personRecordId,
                in.attributes(),
                List.of(),
                raw);
        validator.validate(record).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ServiceRecords::reason)
                // a field already refused keeps that reason alone: the validator's would only repeat it
                .filter(r -> reasons.stream().noneMatch(known -> known.field().equals(r.field())))
                .forEach(reasons::add);
        return reasons.isEmpty() ? new ParsedService.Accepted(record) : new ParsedService.Rejected(sourceRecordId, reasons.stream().distinct().toList());
    }

    private static Reason reason(ConstraintViolation<ServiceRecord> violation) {
        String path = violation.getPropertyPath().toString();
        if (path.startsWith("attributes")) {
            return new Reason(ATTRIBUTES, violation.getMessage());
        }
        String name = path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return new Reason(name, violation.getMessage());
    }

    /** Reads raw values by canonical name, turning a normalizer's refusal into a reason. */
    private record Reader(Map<String, ?> values, List<Reason> reasons) {

        <T> T get(String field, Function<String, T> normalizer) {
            return RawValues.get(values, field, normalizer, reasons);
        }

        /** The {@code attributes} object and the {@code attributes.<name>} fields, blank values left out. */
        Map<String, Object> attributes() {
            Map<String, Object> out = new LinkedHashMap<>();
            if (values.get(ATTRIBUTES) instanceof Map<?, ?> object) {
                object.forEach((k, v) -> put(out, String.valueOf(k), v));
            } else if (values.get(ATTRIBUTES) != null) {
                reasons.add(new Reason(ATTRIBUTES, "must be an object of names to values"));
            }
            values.forEach((k, v) -> {
                if (k.startsWith(ATTRIBUTE_PREFIX)) {
                    put(out, k.substring(ATTRIBUTE_PREFIX.length()), v);
                }
            });
            return out;
        }

        private void put(Map<String, Object> out, String name, Object value) {
            if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
                reasons.add(new Reason(ATTRIBUTES, name + ": must be a single value, not a list or object"));
            } else if (value instanceof String text) {
                String clean = Texts.clean(text);
                if (clean != null) {
                    out.put(name, clean);
                }
            } else if (value != null) {
                out.put(name, value);
            }
        }
    }
}
