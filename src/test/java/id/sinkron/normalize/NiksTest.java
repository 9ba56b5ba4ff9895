package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NiksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            man born 5 Sep 1987, Blora         | 3316090509870002 | 33 | 3316 | 331609 | 1987-09-05 | L | 0002
            kota (regency 71), Semarang        | 3374010101900001 | 33 | 3374 | 337401 | 1990-01-01 | L | 0001
            Aceh, the first province code      | 1101010101900001 | 11 | 1101 | 110101 | 1990-01-01 | L | 0001
            Papua Barat Daya, the newest code  | 9601010101900001 | 96 | 9601 | 960101 | 1990-01-01 | L | 0001
            highest regency and district       | 3399990101909999 | 33 | 3399 | 339999 | 1990-01-01 | L | 9999
            """)
    void readsTheParts(String description, String nik, String province, String regency, String district, LocalDate birthDate,
            Sex sex, String serial) {
        assertThat(Niks.parse(nik, TODAY)).isEqualTo(new NikInfo(nik, province, regency, district, birthDate, sex, serial));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            day 41 is a woman's 1st            | 3316094109870002 | 1987-09-01
            day 45 is a woman's 5th            | 3316094509870002 | 1987-09-05
            day 71 is a woman's 31st           | 3316097101900001 | 1990-01-31
            day 69 in February of a leap year  | 3316096902960001 | 1996-02-29
            """)
    void acceptsWomanDayPlusForty(String description, String nik, LocalDate birthDate) {
        NikInfo info = Niks.parse(nik, TODAY);

        assertThat(info.sex()).isEqualTo(Sex.P);
        assertThat(info.birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            day 01                             | 3316090109870002 | 1987-09-01
            day 31                             | 3316093101900001 | 1990-01-31
            """)
    void readsDaysUpToThirtyOneAsAMan(String description, String nik, LocalDate birthDate) {
        NikInfo info = Niks.parse(nik, TODAY);

        assertThat(info.sex()).isEqualTo(Sex.L);
        assertThat(info.birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            year 25 is this century            | 3316090101250001 | 2026-11-28 | 2025-01-01
            year 00 is 2000                    | 3316090101000001 | 2026-11-28 | 2000-01-01
            year 30 is not yet reached: 1930   | 3316090101300001 | 2026-11-28 | 1930-01-01
            born today is this century         | 3316092811260001 | 2026-11-28 | 2026-11-28
            born tomorrow's date: 1926         | 3316092911260001 | 2026-11-28 | 1926-11-29
            year 99 is 1999                    | 3316090101990001 | 2026-11-28 | 1999-01-01
            29 Feb 2000 once it is past        | 3316092902000001 | 2026-11-28 | 2000-02-29
            29 Feb 2028 not yet: 1928, a leap  | 3316092902280001 | 2026-11-28 | 1928-02-29
            """)
    void choosesTheLatestCenturyThatIsNotInTheFuture(String description, String nik, LocalDate today, LocalDate birthDate) {
        assertThat(Niks.parse(nik, today).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fifteen digits                     | 331609050987000   | NIK must be exactly 16 digits, got 15
            seventeen digits                   | 33160905098700021 | NIK must be exactly 16 digits, got 17
            letter O for zero                  | 33160905O9870002  | NIK must contain only digits, found 'O' at position 9
            not cleaned: a space               | 3316 090509870002 | NIK must contain only digits, found U+0020 at position 5
            scientific notation from Excel     | 3.31609E+15       | NIK must contain only digits, found '.' at position 2
            """)
    void rejectsNikThatIsNotSixteenDigits(String description, String nik, String problem) {
        assertThat(Niks.problem(nik, TODAY)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "province {0}")
    @ValueSource(strings = {"00", "10", "20", "22", "30", "37", "50", "60", "66", "70", "77", "80", "90", "97", "99"})
    void rejectsNikWithUnknownProvince(String province) {
        assertThat(Niks.problem(province + "16090509870002", TODAY))
                .isEqualTo("NIK province code " + province + " does not exist (not one of the 38 Kemendagri province codes)");
    }

    @ParameterizedTest(name = "regency {0}")
    @ValueSource(strings = {"00", "70"})
    void rejectsNikWithImpossibleRegency(String regency) {
        assertThat(Niks.problem("33" + regency + "090509870002", TODAY))
                .isEqualTo("NIK regency code " + regency + " is impossible (01-69 kabupaten, 71-99 kota)");
    }

    @Test
    void rejectsNikWithDistrictZero() {
        assertThat(Niks.problem("3316000509870002", TODAY)).isEqualTo("NIK district code 00 is impossible (01-99)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            day 00                             | 3316090009870002
            day 32                             | 3316093209870002
            day 40 (neither man nor woman)     | 3316094009870002
            day 72 (a woman's 32nd)            | 3316097209870002
            day 99                             | 3316099909870002
            month 00                           | 3316090500870002
            month 13                           | 3316090513870002
            31 April                           | 3316093104870002
            a woman's 31 April                 | 3316097104870002
            29 Feb 2001 and 1901               | 3316092902010001
            a woman's 29 Feb 2001              | 3316096902010001
            30 Feb                             | 3316093002960001
            """)
    void rejectsNikWithImpossibleBirthDate(String description, String nik) {
        assertThat(Niks.problem(nik, TODAY))
                .isEqualTo("NIK birth date part " + nik.substring(6, 12) + " is not a real date (DDMMYY; women add 40 to the day, so 41-71)");
    }

    @Test
    void rejectsNikWithBirthDateInTheFuture() {
        assertThat(Niks.problem("3316090101900001", LocalDate.of(1985, 6, 1)))
                .isEqualTo("NIK birth date part 010190 would be 1990-01-01, which is in the future");
    }

    @Test
    void rejectsTwentyNinthOfFebruary2000BeforeItCame() {
        // 1900 was no leap year, so 29-02-00 can only be 2000
        assertThat(Niks.problem("3316092902000001", LocalDate.of(2000, 2, 28)))
                .isEqualTo("NIK birth date part 290200 would be 2000-02-29, which is in the future");
    }

    @Test
    void rejectsNikWithSerialZero() {
        assertThat(Niks.problem("3316090509870000", TODAY)).isEqualTo("NIK serial 0000 is invalid (serials start at 0001)");
    }

    @Test
    void acceptsAValidNik() {
        assertThat(Niks.problem("3316090509870002", TODAY)).isNull();
    }

    @Test
    void reportsTheFirstProblemInTheOrderOfTheDigits() {
        assertThat(Niks.problem("9900000000000000", TODAY)).startsWith("NIK province code 99");
    }

    @Test
    void parseThrowsTheProblem() {
        assertThatIllegalArgumentException().isThrownBy(() -> Niks.parse("3316090509870000", TODAY))
                .withMessage("NIK serial 0000 is invalid (serials start at 0001)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void treatsMissingNikAsNoProblem(String nik) {
        assertThat(Niks.problem(nik, TODAY)).isNull();
        assertThat(Niks.problem(nik)).isNull();
        assertThat(Niks.parse(nik, TODAY)).isNull();
    }

    @Test
    void checksAgainstTheCurrentDateByDefault() {
        assertThat(Niks.parse("3316090509870002")).isEqualTo(Niks.parse("3316090509870002", LocalDate.now()));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            spaces                             | 3316 0905 0987 0002
            dots                               | 3316.0905.0987.0002
            dashes                             | 3316-0905-0987-0002
            Excel text marker                  | '3316090509870002
            quoted                             | "'""3316090509870002""'"
            surrounding blanks and a tab       | "  3316090509870002\t"
            no-break spaces from a web page    | "3316\u00A00905\u00A009870002"
            """)
    void cleanRemovesSeparatorsAndTheExcelTextMarker(String description, String raw) {
        assertThat(Niks.clean(raw)).isEqualTo("3316090509870002");
    }

    @Test
    void cleanDoesNotValidate() {
        assertThat(Niks.clean("12-AB")).isEqualTo("12AB");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "'", " - . "})
    void cleanTreatsBlankAsMissing(String raw) {
        assertThat(Niks.clean(raw)).isNull();
    }

    @Test
    void warnsWhenTheRecordedBirthDateDisagrees() {
        NikInfo nik = Niks.parse("3316094509870002", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1987, 9, 6), Sex.P)).containsExactly(
                "birth date 1987-09-06 does not match the NIK, which encodes 05-09-87 (DD-MM-YY); the NIK is kept as issued");
    }

    @Test
    void warnsWhenTheRecordedSexDisagrees() {
        NikInfo nik = Niks.parse("3316094509870002", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1987, 9, 5), Sex.L)).containsExactly(
                "sex L does not match the NIK, which encodes P (40 added to the birth day); the NIK is kept as issued");
    }

    @Test
    void warnsAboutBothDisagreements() {
        NikInfo nik = Niks.parse("3316090509870002", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1988, 9, 5), Sex.P)).hasSize(2);
    }

    @Test
    void doesNotWarnAboutTheCenturyTheNikCannotTell() {
        NikInfo nik = Niks.parse("3316090101250001", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1925, 1, 1), Sex.L)).isEmpty();
    }

    @Test
    void doesNotWarnWhenTheRecordAgrees() {
        NikInfo nik = Niks.parse("3316094509870002", TODAY);

        assertThat(Niks.warnings(nik, LocalDate.of(1987, 9, 5), Sex.P)).isEmpty();
    }

    @Test
    void doesNotWarnWithoutBirthDateOrSex() {
        assertThat(Niks.warnings(Niks.parse("3316094509870002", TODAY), null, null)).isEmpty();
    }

    @Test
    void doesNotWarnWithoutANik() {
        assertThat(Niks.warnings(null, LocalDate.of(1987, 9, 5), Sex.P)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NIK of 15 digits        | 331609050987000  | 33 | 3316 | 331609 | 0002
            province of 3 digits    | 3316090509870002 | 331 | 3316 | 331609 | 0002
            serial with a letter    | 3316090509870002 | 33 | 3316 | 331609 | 000A
            """)
    void nikInfoRefusesPartsOfTheWrongShape(String description, String nik, String province, String regency, String district,
            String serial) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new NikInfo(nik, province, regency, district, LocalDate.of(1987, 9, 5), Sex.L, serial));
    }
}
