package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReligionsTest {

    @ParameterizedTest(name = "code {0} -> {1}")
    @CsvSource(textBlock = """
            1, ISLAM
            2, KRISTEN
            3, KATOLIK
            4, HINDU
            5, BUDDHA
            6, KONGHUCU
            7, KEPERCAYAAN
            """)
    void readsTheDukcapilCodesInOrder(String code, String expected) {
        assertThat(Religions.parse(code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            canonical, lower case               | islam                                      | ISLAM
            zero-padded code                    | 01                                         | ISLAM
            Kristen Protestan                   | Kristen Protestan                          | KRISTEN
            Protestan alone                     | PROTESTAN                                  | KRISTEN
            Katholik with h                     | KATHOLIK                                   | KATOLIK
            Kristen Katolik                     | Kristen Katolik                            | KATOLIK
            Hindu                               | Hindu                                      | HINDU
            Budha with one d                    | budha                                      | BUDDHA
            Khonghucu with h                    | Khonghucu                                  | KONGHUCU
            Kong Hu Cu in three words           | KONG HU CU                                 | KONGHUCU
            Kong-Hu-Cu with hyphens             | Kong-Hu-Cu                                 | KONGHUCU
            Kepercayaan, short                  | Kepercayaan                                | KEPERCAYAAN
            Tuhan YME                           | KEPERCAYAAN TERHADAP TUHAN YME             | KEPERCAYAAN
            Tuhan Y.M.E. with dots              | Kepercayaan terhadap Tuhan Y.M.E.          | KEPERCAYAAN
            Tuhan Yang Maha Esa in full         | Kepercayaan Terhadap Tuhan Yang Maha Esa   | KEPERCAYAAN
            Penghayat Kepercayaan               | Penghayat Kepercayaan                      | KEPERCAYAAN
            extra spaces                        | kristen    protestan                       | KRISTEN
            """)
    void readsTheUsualSpellings(String description, String raw, String expected) {
        assertThat(Religions.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8", "0", "LAINNYA", "Atheis"})
    void rejectsUnknownReligionsNamingTheAcceptedOnes(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Religions.parse(raw)).withMessage("unknown religion '" + raw
                + "' (expected ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU, KEPERCAYAAN or the codes 1-7)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void treatsBlankAsMissing(String raw) {
        assertThat(Religions.parse(raw)).isNull();
    }
}
