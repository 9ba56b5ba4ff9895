package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhonesTest {

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            mobile with dashes                  | 0812-3456-7890      | +6281234567890
            mobile, country code without plus   | 6281234567890       | +6281234567890
            mobile, international with spaces   | +62 812 3456 7890   | +6281234567890
            mobile, country code written 0062   | 0062 812 3456 7890  | +6281234567890
            mobile, leading zero lost in Excel  | 81234567890         | +6281234567890
            Jakarta landline with plus          | +62 21 5551234      | +62215551234
            Jakarta landline, area in brackets  | (021) 5551234       | +62215551234
            Jakarta landline with dots          | 021.555.1234        | +62215551234
            a foreign number keeps its country  | +1 650 253 0000     | +16502530000
            """)
    void writesValidNumbersInE164(String description, String raw, String expected) {
        assertThat(Phones.toE164(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            too short                           | 12345
            an area code alone                  | 021
            too long for a mobile               | 0812-3456-7890-1234
            country code and one digit          | +62 1
            a prefix that does not exist        | 0840-1234-5678
            a word                              | tidak ada
            two numbers in one field            | 0812-3456-7890 / 0813-1111-2222
            """)
    void rejectsNumbersThatCannotExist(String description, String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Phones.toE164(raw))
                .withMessage("'" + raw + "' is not a valid phone number (expected e.g. 0812-3456-7890 or +62 21 5551234)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void treatsBlankAsMissing(String raw) {
        assertThat(Phones.toE164(raw)).isNull();
    }
}
