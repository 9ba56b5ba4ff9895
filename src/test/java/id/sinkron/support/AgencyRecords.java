package id.sinkron.support;

import id.sinkron.testdata.SyntheticPerson;
import id.sinkron.testdata.SyntheticPopulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as the agencies of the example sources (dinsos-api, disdik-api, rsud-kafka, disnaker-amqp) send them:
 * synthetic persons in those sources' native field names (see their mapping in config/sources).
 */
public final class AgencyRecords {

    private static final Map<String, String> NATIVE = Map.ofEntries(
            Map.entry("source_record_id", "id"), Map.entry("nik", "nik"), Map.entry("kk_number", "no_kk"),
            Map.entry("full_name", "nama"), Map.entry("birth_place", "tempat_lahir"), Map.entry("birth_date", "tgl_lahir"),
            Map.entry("sex", "jenis_kelamin"), Map.entry("religion", "agama"), Map.entry("marital_status", "status_kawin"),
            Map.entry("mother_name", "nama_ibu"), Map.entry("address", "alamat"), Map.entry("rt", "rt"), Map.entry("rw", "rw"),
            Map.entry("village_code", "kode_desa"), Map.entry("village_name", "desa"), Map.entry("district_name", "kecamatan"),
            Map.entry("regency_name", "kabupaten"), Map.entry("phone", "telepon"));

    private AgencyRecords() {}

    /** {@code count} valid records in native names, ids {@code prefix-1…}, each with {@code updated_at}. */
    public static List<Map<String, Object>> of(long seed, int count, String prefix) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<SyntheticPerson> persons = new SyntheticPopulation(seed).next(count);
        for (int i = 0; i < persons.size(); i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            persons.get(i).canonical(prefix + "-" + (i + 1)).forEach((field, value) -> record.put(NATIVE.get(field), value));
            record.put("updated_at", "2026-11-%02dT08:00:00Z".formatted(1 + i % 28));
            records.add(record);
        }
        return records;
    }
}
