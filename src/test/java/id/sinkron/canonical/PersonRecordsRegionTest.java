package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.region.Regions;
import id.sinkron.region.VillageResolver;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the Kemendagri region codes add to a parsed record: warnings and derived village codes, never a rejection. */
class PersonRecordsRegionTest {

    private static final Regions REGIONS = Regions.shipped();
    private static final PersonRecords RECORDS = new PersonRecords(
            Validation.buildDefaultValidatorFactory().getValidator(),
            Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Asia/Jakarta"),
            REGIONS,
            new VillageResolver(REGIONS, 0.90, 0.03));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a NIK of a current district               | 3316094509870001 | -             | -          | -          | -          | -             | -
            a NIK of a district that does not exist   | 3316994509870001 | -             | -          | -          | -          | -             | NIK district 33.16.99 is not a current Kemendagri district; the NIK is kept as issued
            a real village code                       | -                | 33.16.09.1006 | -          | -          | -          | 33.16.09.1006 | -
            a village code that does not exist        | -                | 33.16.09.1999 | -          | -          | -          | 33.16.09.1999 | village_code 33.16.09.1999 is not a current Kemendagri village
            an unknown code beside names that resolve | -                | 33.16.09.1999 | Ds. Beran  | Kec. Blora | -          | 33.16.09.1999 | village_code 33.16.09.1999 is not a current Kemendagri village (the names point to 33.16.09.1006)
            a code derived from exact names           | -                | -             | Ds. Beran  | Kec. Blora | -          | 33.16.09.1006 | village_code 33.16.09.1006 derived from names 'Ds. Beran, Kec. Blora' (exact names)
            a code derived from a misspelt name       | -                | -             | Ds. Berran | Kec. Blora | Kab. Blora | 33.16.09.1006 | village_code 33.16.09.1006 derived from names 'Ds. Berran, Kec. Blora, Kab. Blora' (similar names, confidence 0.96)
            no code from ambiguous names              | -                | -             | Ds. Pelem  | -          | Kab. Blora | -             | -
            """)
    void checksRegionsAndDerivesVillageCodesWithWarnings(String description, String nik, String villageCode, String villageName,
            String districtName, String regencyName, String expectedCode, String warning) {
        Map<String, Object> row = new HashMap<>();
        row.put("source_record_id", "R1");
        row.put("full_name", "SRI WAHYUNI");
        row.put("birth_date", "1987-09-05");
        row.put("sex", "P");
        putIfPresent(row, "nik", nik);
        putIfPresent(row, "village_code", villageCode);
        putIfPresent(row, "village_name", villageName);
        putIfPresent(row, "district_name", districtName);
        putIfPresent(row, "regency_name", regencyName);

        Parsed parsed = RECORDS.parse("dinsos-dtks", row, Map.copyOf(row));

        assertThat(parsed).as(description).isInstanceOf(Parsed.Accepted.class);
        SourceRecord record = ((Parsed.Accepted) parsed).record();
        assertThat(record.person().villageCode()).isEqualTo(expectedCode);
        assertThat(record.warnings()).isEqualTo(warning == null ? List.of() : List.of(warning));
    }

    private static void putIfPresent(Map<String, Object> row, String field, String value) {
        if (value != null) {
            row.put(field, value);
        }
    }
}
