package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

    /** The 38 codes of shared/reference/wilayah/wilayah.sql, one per province row. */
    private static final Set<String> PROVINCES = Set.of(("11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
            + "71 72 73 74 75 76 81 82 91 92 93 94 95 96").split(" "));

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            dotted Kemendagri form              | 33.16.09.1006   | 33.16.09.1006
            plain digits                        | 3316091006      | 33.16.09.1006
            digits with spaces                  | 33 16 09 1006   | 33.16.09.1006
            desa (2xxx)                         | 33.16.09.2001   | 33.16.09.2001
            desa adat in Papua (3xxx)           | 91.03.01.3001   | 91.03.01.3001
            kota regency                        | 33.74.01.1001   | 33.74.01.1001
            """)
    void writesVillageCodesInTheDottedForm(String description, String raw, String expected) {
        assertThat(Regions.villageCode(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            nine digits                         | 331609100       | village code '331609100' must have 10 digits, written like 33.16.09.1006
            a letter                            | 33.16.09.10O6   | village code '33.16.09.10O6' must have 10 digits, written like 33.16.09.1006
            province 99                         | 99.16.09.1006   | village code '99.16.09.1006': province code 99 does not exist (not one of the 38 Kemendagri province codes)
            regency 70                          | 33.70.09.1006   | village code '33.70.09.1006': regency code 70 is impossible (01-69 kabupaten, 71-99 kota)
            regency 00                          | 33.00.09.1006   | village code '33.00.09.1006': regency code 00 is impossible (01-69 kabupaten, 71-99 kota)
            district 00                         | 33.16.00.1006   | village code '33.16.00.1006': district code 00 is impossible (01-99)
            village part starting with 0        | 33.16.09.0006   | village code '33.16.09.0006': village part 0006 must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)
            village part starting with 5        | 33.16.09.5006   | village code '33.16.09.5006': village part 5006 must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)
            village number 000                  | 33.16.09.2000   | village code '33.16.09.2000': village number 2000 does not exist (numbering starts at 001)
            """)
    void rejectsImpossibleVillageCodes(String description, String raw, String problem) {
        assertThatIllegalArgumentException().isThrownBy(() -> Regions.villageCode(raw)).withMessage(problem);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void treatsBlankVillageCodeAsMissing(String raw) {
        assertThat(Regions.villageCode(raw)).isNull();
    }

    @Test
    void knowsExactlyTheThirtyEightProvinces() {
        for (int code = 0; code <= 99; code++) {
            String twoDigits = String.format(Locale.ROOT, "%02d", code);
            assertThat(Regions.isProvince(twoDigits)).as(twoDigits).isEqualTo(PROVINCES.contains(twoDigits));
        }
        assertThat(PROVINCES).hasSize(38);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"3", "333", " 33", "3a"})
    void isNoProvinceUnlessExactlyTwoKnownDigits(String raw) {
        assertThat(Regions.isProvince(raw)).isFalse();
    }
}
