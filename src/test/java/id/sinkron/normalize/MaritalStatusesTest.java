package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MaritalStatusesTest {

    @ParameterizedTest(name = "code {0} -> {1}")
    @CsvSource(textBlock = """
            1, BELUM_KAWIN
            2, KAWIN
            3, CERAI_HIDUP
            4, CERAI_MATI
            """)
    void readsTheDukcapilCodesInOrder(String code, String expected) {
        assertThat(MaritalStatuses.parse(code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Belum Kawin                         | Belum Kawin                  | BELUM_KAWIN
            canonical with underscore           | BELUM_KAWIN                  | BELUM_KAWIN
            Belum Menikah                       | belum menikah                | BELUM_KAWIN
            Kawin                               | KAWIN                        | KAWIN
            Kawin Tercatat                      | Kawin Tercatat               | KAWIN
            Kawin Belum Tercatat                | KAWIN BELUM TERCATAT         | KAWIN
            Menikah                             | Menikah                      | KAWIN
            Cerai Hidup                         | cerai hidup                  | CERAI_HIDUP
            Cerai Hidup Tercatat                | CERAI HIDUP TERCATAT         | CERAI_HIDUP
            Cerai Mati                          | Cerai Mati                   | CERAI_MATI
            zero-padded code                    | 02                           | KAWIN
            """)
    void readsTheUsualTexts(String description, String raw, String expected) {
        assertThat(MaritalStatuses.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5", "CERAI", "JANDA", "DUDA", "X"})
    void rejectsUnknownOrAmbiguousStatusesNamingTheAcceptedOnes(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> MaritalStatuses.parse(raw)).withMessage("unknown marital status '" + raw
                + "' (expected BELUM KAWIN, KAWIN, CERAI HIDUP, CERAI MATI or the codes 1-4)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void treatsBlankAsMissing(String raw) {
        assertThat(MaritalStatuses.parse(raw)).isNull();
    }
}
