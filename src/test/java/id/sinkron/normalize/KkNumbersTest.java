package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KkNumbersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            issued 12 Mar 2015 in Blora         | 3316091203150007
            issued in a kota                    | 3374011203150007
            issued 29 Feb 2016                  | 3316092902160001
            issued 29 Feb 2000                  | 3316092902000001
            issued in the last century          | 3316093112980001
            """)
    void acceptsValidKkNumbers(String description, String kk) {
        assertThat(KkNumbers.problem(kk)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            all zeros                           | 0000000000000000  | KK number must not be all zeros
            fifteen digits                      | 331609120315000   | KK number must be exactly 16 digits, got 15
            a letter                            | 33160912031500O7  | KK number must contain only digits, found 'O' at position 15
            province 99                         | 9916091203150007  | KK number province code 99 does not exist (not one of the 38 Kemendagri province codes)
            regency 00                          | 3300091203150007  | KK number regency code 00 is impossible (01-69 kabupaten, 71-99 kota)
            regency 70                          | 3370091203150007  | KK number regency code 70 is impossible (01-69 kabupaten, 71-99 kota)
            district 00                         | 3316001203150007  | KK number district code 00 is impossible (01-99)
            issued 31 Feb                       | 3316093102150007  | KK number issue date part 310215 is not a real date (DDMMYY)
            no +40: day 52                      | 3316095203150007  | KK number issue date part 520315 is not a real date (DDMMYY)
            month 13                            | 3316091213150007  | KK number issue date part 121315 is not a real date (DDMMYY)
            29 Feb 2015                         | 3316092902150007  | KK number issue date part 290215 is not a real date (DDMMYY)
            day 00                              | 3316090003150007  | KK number issue date part 000315 is not a real date (DDMMYY)
            serial 0000                         | 3316091203150000  | KK number serial 0000 is invalid (serials start at 0001)
            """)
    void rejectsImpossibleKkNumbers(String description, String kk, String problem) {
        assertThat(KkNumbers.problem(kk)).isEqualTo(problem);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void treatsMissingKkNumberAsNoProblem(String kk) {
        assertThat(KkNumbers.problem(kk)).isNull();
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            spaces                              | 3316 0912 0315 0007
            dots                                | 3316.0912.0315.0007
            Excel text marker                   | '3316091203150007
            """)
    void cleanRemovesSeparatorsAndTheExcelTextMarker(String description, String raw) {
        assertThat(KkNumbers.clean(raw)).isEqualTo("3316091203150007");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void cleanTreatsBlankAsMissing(String raw) {
        assertThat(KkNumbers.clean(raw)).isNull();
    }
}
