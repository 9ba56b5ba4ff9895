package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small value normalizers: dates, sex, phone, RT/RW, religion, marital status, village codes, KK. */
class ValuesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            ISO,                         1987-09-05
            Dukcapil dashes,             05-09-1987
            slashes,                     05/09/1987
            year first with slashes,     1987/09/05
            dots,                        05.09.1987
            compact,                     19870905
            one-digit day and month,     5-9-1987
            ISO date-time,               1987-09-05T10:15:00+07:00
            SQL timestamp,               '1987-09-05 00:00:00'
            """)
    void readsTheDateFormatsAgenciesUse(String description, String raw) {
        assertThat(Dates.parse(raw)).isEqualTo(LocalDate.of(1987, 9, 5));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            no 31 February,      31-02-1980
            month 13,            1987-13-05
            words,               kemarin
            two-digit year,      05-09-87
            """)
    void refusesWhatIsNoDate(String description, String raw) {
        assertThatThrownBy(() -> Dates.parse(raw)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected");
    }

    @Test
    void readsADateInTheMappedPattern() {
        assertThat(Dates.parse("05091987", "ddMMyyyy")).isEqualTo(LocalDate.of(1987, 9, 5));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            L, L
            laki-laki, L
            LAKI LAKI, L
            Pria, L
            1, L
            M, L
            P, P
            Perempuan, P
            WANITA, P
            2, P
            F, P
            """)
    void readsSexCodes(String raw, Sex sex) {
        assertThat(Sexes.parse(raw)).isEqualTo(sex);
    }

    @Test
    void refusesAnUnknownSexCode() {
        assertThatThrownBy(() -> Sexes.parse("X")).hasMessageContaining("unknown sex code 'X'");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            local mobile with dashes,   0812-2233-4455,     +6281222334455
            country code without plus,  6281222334455,      +6281222334455
            international with spaces,  +62 812 2233 4455,  +6281222334455
            Jakarta landline,           (021) 5551234,      +62215551234
            """)
    void writesPhoneNumbersAsE164(String description, String raw, String e164) {
        assertThat(Phones.toE164(raw)).isEqualTo(e164);
    }

    @Test
    void refusesANumberThatCannotExist() {
        assertThatThrownBy(() -> Phones.toE164("12345")).hasMessageContaining("not a valid phone number");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1, 001
            01, 001
            RT 05, 005
            rw.12, 012
            123, 123
            """)
    void padsRtAndRw(String raw, String expected) {
        assertThat(Texts.rtRw(raw)).isEqualTo(expected);
    }

    @Test
    void refusesRtZeroAndNonNumbers() {
        assertThatThrownBy(() -> Texts.rtRw("000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Texts.rtRw("1234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Texts.rtRw("A")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1, ISLAM
            Islam, ISLAM
            Kristen Protestan, KRISTEN
            KATHOLIK, KATOLIK
            budha, BUDDHA
            Khonghucu, KONGHUCU
            7, KEPERCAYAAN
            """)
    void readsReligions(String raw, String expected) {
        assertThat(Religions.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            1, BELUM_KAWIN
            Belum Kawin, BELUM_KAWIN
            KAWIN TERCATAT, KAWIN
            3, CERAI_HIDUP
            cerai mati, CERAI_MATI
            """)
    void readsMaritalStatuses(String raw, String expected) {
        assertThat(MaritalStatuses.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            3316091006, 33.16.09.1006
            33.16.09.1006, 33.16.09.1006
            33 16 09 2001, 33.16.09.2001
            """)
    void writesVillageCodesInKemendagriForm(String raw, String expected) {
        assertThat(Regions.villageCode(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            too short,                 331609100
            no province 99,            9916091006
            village part starts with 5, 3316095006
            """)
    void refusesImpossibleVillageCodes(String description, String raw) {
        assertThatThrownBy(() -> Regions.villageCode(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            valid,                  3316091203150007,
            fifteen digits,         331609120315000,  16 digits
            no province 99,         9916091203150007, province code 99
            issue date 31 Feb,      3316093102150007, not a real date
            serial 0000,            3316091203150000, serial 0000
            """)
    void checksKkNumbers(String description, String kk, String problem) {
        if (problem == null) {
            assertThat(KkNumbers.problem(kk)).isNull();
        } else {
            assertThat(KkNumbers.problem(kk)).contains(problem);
        }
    }
}
