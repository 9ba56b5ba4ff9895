package id.sinkron.canonical;

import id.sinkron.normalize.KkNumber;
import id.sinkron.normalize.Nik;
import id.sinkron.normalize.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalized values of one person as one source knows them. Constraints are enforced with Hibernate
 * Validator before anything is stored; a violation rejects the record with the field and message.
 */
public record PersonFields(
        @Nik String nik,
        @KkNumber String kkNumber,
        @NotBlank @Size(max = 200) String fullName,
        List<String> nameTitles,
        @Size(max = 100) String birthPlace,
        @PastOrPresent LocalDate birthDate,
        Sex sex,
        String religion,
        String maritalStatus,
        @Size(max = 200) String motherName,
        @Size(max = 500) String address,
        @Pattern(regexp = "\\d{3}") String rt,
        @Pattern(regexp = "\\d{3}") String rw,
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}") String villageCode,
        @Size(max = 100) String villageName,
        @Size(max = 100) String districtName,
        @Size(max = 100) String regencyName,
        @Pattern(regexp = "\\+[1-9]\\d{6,14}") String phone) {

    public PersonFields {
        nameTitles = nameTitles == null ? List.of() : List.copyOf(nameTitles);
    }

    /** These values with another village code. */
    public PersonFields withVillageCode(String code) {
        return new PersonFields(nik, kkNumber, fullName, nameTitles, birthPlace, birthDate, sex, religion, maritalStatus, motherName,
                address, rt, rw, code, villageName, districtName, regencyName, phone);
    }

    /** The values as canonical JSON-ready values keyed by wire name, in field order, missing values left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, PersonField.NIK, nik);
        put(map, PersonField.KK_NUMBER, kkNumber);
        put(map, PersonField.FULL_NAME, fullName);
        if (!nameTitles.isEmpty()) {
            map.put(PersonField.NAME_TITLES.wireName(), nameTitles);
        }
        put(map, PersonField.BIRTH_PLACE, birthPlace);
        put(map, PersonField.BIRTH_DATE, birthDate == null ? null : birthDate.toString());
        put(map, PersonField.SEX, sex == null ? null : sex.name());
        put(map, PersonField.RELIGION, religion);
        put(map, PersonField.MARITAL_STATUS, maritalStatus);
        put(map, PersonField.MOTHER_NAME, motherName);
        put(map, PersonField.ADDRESS, address);
        put(map, PersonField.RT, rt);
        put(map, PersonField.RW, rw);
        put(map, PersonField.VILLAGE_CODE, villageCode);
        put(map, PersonField.VILLAGE_NAME, villageName);
        put(map, PersonField.DISTRICT_NAME, districtName);
        put(map, PersonField.REGENCY_NAME, regencyName);
        put(map, PersonField.PHONE, phone);
        return map;
    }

    private static void put(Map<String, Object> map, PersonField field, String value) {
        if (value != null) {
            map.put(field.wireName(), value);
        }
    }
}
