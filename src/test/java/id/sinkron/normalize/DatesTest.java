package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ISO yyyy-MM-dd                    | 1987-09-05
            Dukcapil dd-MM-yyyy               | 05-09-1987
            slashes dd/MM/yyyy                | 05/09/1987
            year first with slashes           | 1987/09/05
            dots dd.MM.yyyy                   | 05.09.1987
            compact yyyyMMdd                  | 19870905
            one-digit day and month, dashes   | 5-9-1987
            one-digit day and month, slashes  | 5/9/1987
            one-digit day and month, dots     | 5.9.1987
            surrounding blanks                | "  1987-09-05  "
            """)
    void readsEveryAcceptedFormat(String description, String raw) {
        assertThat(Dates.parse(raw)).isEqualTo(LocalDate.of(1987, 9, 5));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ISO local date-time               | 1987-09-05T10:15:30
            ISO with offset                   | 1987-09-05T23:15:00+07:00
            ISO in UTC                        | 1987-09-05T23:15:00Z
            ISO with zone region              | 1987-09-05T10:15:00+07:00[Asia/Jakarta]
            SQL timestamp with seconds        | 1987-09-05 10:15:30
            SQL timestamp without seconds     | 1987-09-05 10:15
            PostgreSQL timestamptz            | 1987-09-05 10:15:30.123456+07
            """)
    void takesTheDatePartOfADateTimeAsWritten(String description, String raw) {
        assertThat(Dates.parse(raw)).isEqualTo(LocalDate.of(1987, 9, 5));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            no 31 February                    | 31-02-1980
            no 29 February in 2023            | 2023-02-29
            no 29 February in 1900            | 29/02/1900
            no 31 April                       | 1987/04/31
            month 13                          | 1987-13-05
            day 00                            | 00.09.1987
            compact with month 00             | 19870005
            hour 25 in a date-time            | 1987-09-05 25:00
            """)
    void rejectsDaysTheCalendarDoesNotHave(String description, String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse(raw))
                .withMessageStartingWith("'" + raw + "' is not a real date")
                .withMessageContaining("accepted formats: yyyy-MM-dd, dd-MM-yyyy");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a word                            | kemarin
            two-digit year                    | 05-09-87
            one-digit month, year first       | 1987-9-5
            month name                        | 5 September 1987
            mixed separators                  | 05-09/1987
            time without date                 | 10:15
            seven digits                      | 1987095
            """)
    void rejectsTextThatIsNoDateNamingTheAcceptedFormats(String description, String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse(raw))
                .withMessage("'" + raw + "' is not a date (accepted formats: " + Dates.ACCEPTED + ")");
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(Dates.parse("29-02-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void treatsBlankAsMissing(String raw) {
        assertThat(Dates.parse(raw)).isNull();
        assertThat(Dates.parse(raw, "dd-MM-yyyy")).isNull();
    }

    @ParameterizedTest(name = "{0}: ''{1}'' in {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            year written yyyy                 | 05-09-1987        | dd-MM-yyyy     | 1987-09-05
            year written uuuu                 | 05-09-1987        | dd-MM-uuuu     | 1987-09-05
            compact day first                 | 05091987          | ddMMyyyy       | 1987-09-05
            month first                       | 09/05/1987        | MM/dd/yyyy     | 1987-09-05
            Indonesian month name             | 5 Agustus 1987    | d MMMM yyyy    | 1987-08-05
            Indonesian short month, any case  | 05-AGU-1987       | dd-MMM-yyyy    | 1987-08-05
            English month name                | 5 August 1987     | d MMMM yyyy    | 1987-08-05
            date-time pattern                 | 05/09/1987 10:15  | dd/MM/yyyy HH:mm | 1987-09-05
            quoted literal y                  | y1987-09-05       | 'y'yyyy-MM-dd  | 1987-09-05
            """)
    void readsTheConfiguredPattern(String description, String raw, String pattern, LocalDate expected) {
        assertThat(Dates.parse(raw, pattern)).isEqualTo(expected);
    }

    @Test
    void placesATwoDigitYearInThePastHundredYears() {
        int nextYear = (LocalDate.now().getYear() + 1) % 100;
        String raw = String.format(Locale.ROOT, "01-01-%02d", nextYear);

        assertThat(Dates.parse(raw, "dd-MM-yy")).isEqualTo(LocalDate.of(LocalDate.now().getYear() + 1 - 100, 1, 1));
    }

    @Test
    void keepsATwoDigitYearOfThisCenturyWhenItIsPast() {
        assertThat(Dates.parse("05-09-20", "dd-MM-yy")).isEqualTo(LocalDate.of(2020, 9, 5));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            31 February with yyyy             | 31-02-1987   | dd-MM-yyyy
            29 February 2023                  | 29-02-2023   | dd-MM-yyyy
            month 13                          | 05131987     | ddMMyyyy
            """)
    void rejectsDaysTheCalendarDoesNotHaveInTheConfiguredPattern(String description, String raw, String pattern) {
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse(raw, pattern))
                .withMessageStartingWith("'" + raw + "' is not a real date")
                .withMessageEndingWith("(expected the format " + pattern + ")");
    }

    @Test
    void rejectsAValueThatDoesNotFitTheConfiguredPattern() {
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse("1987-09-05", "dd-MM-yyyy"))
                .withMessage("'1987-09-05' is not a date (expected the format dd-MM-yyyy)");
    }

    @Test
    void rejectsAnInvalidPatternEvenForABlankValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse("", "dd-MM-yyyy-bb"))
                .withMessageStartingWith("date format 'dd-MM-yyyy-bb' is not a valid java.time pattern");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void readsTheAcceptedFormatsWithoutAPattern(String pattern) {
        assertThat(Dates.parse("05/09/1987", pattern)).isEqualTo(LocalDate.of(1987, 9, 5));
    }
}
