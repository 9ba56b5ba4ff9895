package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SexesTest {

    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Dukcapil letter L              | L            | L
            Dukcapil letter P              | P            | P
            lower case                     | l            | L
            surrounding blanks             | "  P  "      | P
            LAKI-LAKI                      | LAKI-LAKI    | L
            mixed case laki-laki           | Laki-Laki    | L
            LAKI LAKI with a space         | LAKI LAKI    | L
            LAKI2 (reduplication digit)    | LAKI2        | L
            LK                             | LK           | L
            PR                             | PR           | P
            PEREMPUAN                      | Perempuan    | P
            WANITA                         | wanita       | P
            PRIA                           | Pria         | L
            Dukcapil code 1                | 1            | L
            Dukcapil code 2                | 2            | P
            English letter M               | M            | L
            English letter F               | f            | P
            MALE                           | Male         | L
            FEMALE                         | FEMALE       | P
            """)
    void readsEveryAcceptedSpelling(String description, String raw, Sex expected) {
        assertThat(Sexes.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void treatsBlankAsMissing(String raw) {
        assertThat(Sexes.parse(raw)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"X", "3", "LAKI-LAKI PEREMPUAN", "W"})
    void rejectsUnknownCodesNamingTheAcceptedOnes(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Sexes.parse(raw))
                .withMessage("unknown sex code '" + raw + "' (expected L/P, LAKI-LAKI/PEREMPUAN, 1/2, M/F)");
    }
}
