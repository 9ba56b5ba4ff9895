package id.sinkron.canonical;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A field of the canonical person, with its name on the wire (snake_case). Order is the order of the API output. */
public enum PersonField {
    /** Nomor Induk Kependudukan, 16 digits. */
    NIK("nik"),
    /** Nomor Kartu Keluarga, 16 digits: evidence for matching, never a key (it changes with the family). */
    KK_NUMBER("kk_number"),
    /** Name without titles, upper case. */
    FULL_NAME("full_name"),
    /** Academic, religious and honorific titles taken off the name, in written order. Derived, not an input field. */
    NAME_TITLES("name_titles"),
    BIRTH_PLACE("birth_place"),
    /** ISO date. */
    BIRTH_DATE("birth_date"),
    /** L or P. */
    SEX("sex"),
    RELIGION("religion"),
    MARITAL_STATUS("marital_status"),
    MOTHER_NAME("mother_name"),
    ADDRESS("address"),
    /** Three digits, zero-padded. */
    RT("rt"),
    RW("rw"),
    /** Kemendagri village (desa/kelurahan) code, dotted: 33.16.09.1006. */
    VILLAGE_CODE("village_code"),
    VILLAGE_NAME("village_name"),
    DISTRICT_NAME("district_name"),
    REGENCY_NAME("regency_name"),
    /** E.164, +62… */
    PHONE("phone");

    private static final Map<String, PersonField> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(PersonField::wireName, Function.identity()));

    private final String wireName;

    PersonField(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The same values in field order, missing ones left out: stored JSON does not keep the order. */
    public static Map<String, Object> ordered(Map<String, Object> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PersonField field : values()) {
            Object value = record.get(field.wireName);
            if (value != null) {
                out.put(field.wireName, value);
            }
        }
        return out;
    }

    public static Optional<PersonField> byWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }
}
