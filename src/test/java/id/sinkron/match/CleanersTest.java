package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanersTest {

    @ParameterizedTest(name = "{0}: {1} {2} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            case and blanks folded            | upper,letters          | "  sri   wahyuni "  | SRI WAHYUNI
            punctuation removed               | upper,letters          | "SRI WAHYUNI, S.PD" | SRI WAHYUNI S PD
            only punctuation is missing       | letters                | "..."               |
            digits of a dotted village code   | digits                 | 33.16.14.2015       | 3316142015
            only ASCII digits are digits      | digits                 | "NIK ٣٣ 12-34"      | 1234
            digits alone are kept as they are | digits                 | 3316142015          | 3316142015
            no digit at all is missing        | digits                 | "tidak ada"         |
            words after blanks and tabs       | collapse-space         | "  SRI \t WAHYUNI " | SRI WAHYUNI
            district inside a village code    | digits,prefix:6        | 33.16.14.2015       | 331614
            too short for a prefix            | digits,prefix:6        | 3316                |
            first name token                  | upper,first-token      | sri wahyuni         | SRI
            phonetic key of each word         | double-metaphone-tokens | SRI WAHYUNI        | SR AHN
            same phonetic key, other spelling | double-metaphone       | smyth               | SM0
            year of a compact date            | digits,year            | 1987-09-05          | 1987
            """)
    void cleansValues(String description, String cleaners, String raw, String expected) {
        Cleaner cleaner = Cleaners.builtIn().chain(Arrays.asList(cleaners.split(",")));

        assertThat(cleaner.clean(raw)).isEqualTo(expected);
    }

    @Test
    void aRegisteredCleanerReplacesABuiltInOfTheSameName() {
        Cleaners cleaners = Cleaners.builtIn().with("double-metaphone", Cleaner.of(s -> "KEY"));

        assertThat(cleaners.chain(java.util.List.of("double-metaphone")).clean("anything")).isEqualTo("KEY");
    }

    @Test
    void namesTheUnknownCleaner() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cleaners.builtIn().chain(java.util.List.of("indonesian-name")))
                .withMessageContaining("unknown cleaner 'indonesian-name'");
    }
}
