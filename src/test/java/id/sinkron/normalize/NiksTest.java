package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NiksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            man born 5 Sep 1987,                       3316090509870002, 1987-09-05, L
            woman: forty added to the day,             3316094509870002, 1987-09-05, P
            woman born on the 31st (day 71),           3316097101900001, 1990-01-31, P
            born this century,                         3316090101250001, 2025-01-01, L
            year not yet reached this century is 19xx, 3316090101300001, 1930-01-01, L
            29 Feb of a leap year,                     3316092902000001, 2000-02-29, L
            kota regency code 71,                      3371010101900001, 1990-01-01, L
            Papua Barat Daya province 96,              9601010101900001, 1990-01-01, L
            """)
    void readsDistrictBirthDateAndSex(String description, String nik, LocalDate birth, Sex sex) {
        NikInfo info = Niks.parse(nik, TODAY);

        assertThat(info.birthDate()).isEqualTo(birth);
        assertThat(info.sex()).isEqualTo(sex);
        assertThat(info.districtCode()).isEqualTo(nik.substring(0, 6));
        assertThat(info.serial()).isEqualTo(nik.substring(12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            fifteen digits,                   331609050987000,  16 digits
            seventeen digits,                 33160905098700021, 16 digits
            letters,                          33160905O9870002, 16 digits
            no province 99,                   9916090509870002, province code 99
            no province 20,                   2016090509870002, province code 20
            regency 00,                       3300090509870002, regency code 00
            regency 70,                       3370090509870002, regency code 70
            district 00,                      3316000509870002, district code 00
            day 32,                           3316093209870002, not a real date
            day 72 (woman's 32),              3316097209870002, not a real date
            day 00,                           3316090009870002, not a real date
            month 13,                         3316090513870002, not a real date
            29 Feb in neither century,        3316092902010001, not a real date
            serial 0000,                      3316090509870000, serial 0000
            """)
    void rejectsImpossibleNiks(String description, String nik, String problem) {
        assertThat(Niks.problem(nik, TODAY)).contains(problem);
        assertThatThrownBy(() -> Niks.parse(nik, TODAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            spaces,                  '3316 0905 0987 0002'
            dots,                    3316.0905.0987.0002
            dashes,                  3316-0905-0987-0002
            Excel text marker,       '''3316090509870002'
            surrounding blanks,      '  3316090509870002  '
            """)
    void cleansSeparatorsBeforeValidation(String description, String raw) {
        assertThat(Niks.clean(raw)).isEqualTo("3316090509870002");
    }

    @Test
    void blankIsMissingNotInvalid() {
        assertThat(Niks.clean("  ")).isNull();
    }

    @Test
    void warnsWhenTheRecordedBirthDateDisagrees() {
        NikInfo nik = Niks.parse("3316094509870002", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1987, 9, 6), Sex.P)).singleElement().asString().contains("birth date");
    }

    @Test
    void warnsWhenTheRecordedSexDisagrees() {
        NikInfo nik = Niks.parse("3316094509870002", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1987, 9, 5), Sex.L)).singleElement().asString().contains("sex");
    }

    @Test
    void doesNotWarnAboutTheCenturyTheNikCannotTell() {
        NikInfo nik = Niks.parse("3316090101250001", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1925, 1, 1), Sex.L)).isEmpty();
    }

    @Test
    void doesNotWarnWithoutBirthDateOrSex() {
        assertThat(Niks.warnings(Niks.parse("3316094509870002", TODAY), null, null)).isEmpty();
    }
}
