package id.sinkron.testdata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A fictitious resident with consistent, valid values. */
public record SyntheticPerson(
        String nik, String kkNumber, String fullName, String birthPlace, LocalDate birthDate, String sex,
        String religion, String maritalStatus, String motherName, String address, String rt, String rw,
        String villageCode, String villageName, String districtName, String phone) {

    /** Canonical field names, as a push would send them. */
    public Map<String, Object> canonical(String sourceRecordId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source_record_id", sourceRecordId);
        m.put("nik", nik);
        m.put("kk_number", kkNumber);
        m.put("full_name", fullName);
        m.put("birth_place", birthPlace);
        m.put("birth_date", birthDate.toString());
        m.put("sex", sex);
        m.put("religion", religion);
        m.put("marital_status", maritalStatus);
        m.put("mother_name", motherName);
        m.put("address", address);
        m.put("rt", rt);
        m.put("rw", rw);
        m.put("village_code", villageCode);
        m.put("village_name", villageName);
        m.put("district_name", districtName);
        m.put("regency_name", "KABUPATEN BLORA");
        m.put("phone", phone);
        return m;
    }
}
