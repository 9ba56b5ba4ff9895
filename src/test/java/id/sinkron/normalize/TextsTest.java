package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    static Stream<Arguments> messyTexts() {
        return Stream.of(
                Arguments.of("surrounding blanks", "  Jl. Merdeka  ", "Jl. Merdeka"),
                Arguments.of("runs of spaces", "Jl.   Merdeka   No. 5", "Jl. Merdeka No. 5"),
                Arguments.of("tabs and line breaks", "Jl. Merdeka\r\n\tNo. 5", "Jl. Merdeka No. 5"),
                Arguments.of("no-break space from a web page", "Jl.\u00A0Merdeka", "Jl. Merdeka"),
                Arguments.of("control characters", "Jl. Mer\u0000deka\u0007", "Jl. Merdeka"),
                Arguments.of("zero-width space and byte-order mark", "\uFEFFJl. Mer\u200Bdeka", "Jl. Merdeka"),
                Arguments.of("decomposed accent composed (NFC)", "Jose\u0301", "Jos\u00E9"),
                Arguments.of("case kept", "jl. MERDEKA", "jl. MERDEKA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messyTexts")
    void cleanFoldsWhitespaceAndDropsInvisibleCharacters(String description, String raw, String expected) {
        assertThat(Texts.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\r\n", "\u00A0", "\u200B", "\u0000"})
    void cleanTreatsBlankAsMissing(String raw) {
        assertThat(Texts.clean(raw)).isNull();
        assertThat(Texts.upper(raw)).isNull();
    }

    @Test
    void upperCleansThenUpperCases() {
        assertThat(Texts.upper("  jl.  merdeka\tno. 5 ")).isEqualTo("JL. MERDEKA NO. 5");
    }

    @Test
    void upperIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(Texts.upper("bali indah")).isEqualTo("BALI INDAH");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "{0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            one digit                           | 1        | 001
            two digits                          | 05       | 005
            three digits                        | 123      | 123
            already padded                      | 007      | 007
            RT prefix                           | RT 05    | 005
            RW prefix without space             | RW12     | 012
            prefix with a dot, lower case       | rt.3     | 003
            prefix with a colon                 | RT: 4    | 004
            surrounding blanks                  | "  9  "  | 009
            """)
    void padsRtAndRwToThreeDigits(String description, String raw, String expected) {
        assertThat(Texts.rtRw(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            four digits                         | 1234
            a letter                            | A
            a prefix only                       | RT
            RT and RW together                  | 005/003
            a negative number                   | -1
            """)
    void rejectsRtRwThatIsNotOneToThreeDigits(String description, String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.rtRw(raw))
                .withMessage("RT/RW '" + raw + "' must be a number of 1 to 3 digits, e.g. 5 or 005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "RT 00"})
    void rejectsRtRwZero(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Texts.rtRw(raw))
                .withMessage("RT/RW '" + raw + "' does not exist: numbering starts at 001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void rtRwTreatsBlankAsMissing(String raw) {
        assertThat(Texts.rtRw(raw)).isNull();
    }
}
