package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Similarity#abbreviated}: one name a shortened form of the other, and the cases that only look so. */
class SimilarityTest {

    @ParameterizedTest(name = "{0}: ''{1}'' / ''{2}'' → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            surname as an initial                 | ABDUL H                | ABDUL HUSEIN            | true
            the other way round                   | ABDUL HUSEIN           | ABDUL H                 | true
            given name as an initial              | B YULIANTO             | BAMBANG YULIANTO        | true
            initials on both sides                | SITI M ZAHRA           | S MASRUROH ZAHRA        | true
            first word left out                   | RIZKI RAMADHAN         | MUHAMMAD RIZKI RAMADHAN | true
            middle word left out                  | SITI AMINAH            | SITI NUR AMINAH         | true
            last word left out                    | SITI AMINAH            | SITI AMINAH ZAHRA       | true
            an initial among left-out words       | MUHAMMAD R             | MUHAMMAD IQBAL RIZKI    | true
            extra spaces are one gap              | " SITI   AMINAH "      | SITI AMINAH ZAHRA       | true
            the same words                        | SITI AMINAH            | SITI AMINAH             | false
            the same words, other spacing         | "SITI AMINAH "         | " SITI  AMINAH"         | false
            siblings sharing a first name         | NUR HALIMAH            | NUR SYAFIAH             | false
            a word cut short is another name      | ANDI SAPUTRA           | ANDIKA SAPUTRA          | false
            a word cut short at the end           | SITI NUR               | SITI NURHALIZA          | false
            words in another order                | AMINAH SITI            | SITI NUR AMINAH         | false
            an initial that does not fit          | NUR H                  | NUR SYAFIAH             | false
            one word                              | SITI                   | SITI AMINAH             | false
            initials only                         | S A                    | SITI AMINAH             | false
            a two-letter word and an initial      | AL M                   | AL MUHAJIR SALEH        | false
            empty                                 | ""                     | SITI AMINAH             | false
            both empty                            | ""                     | ""                      | false
            """)
    void tellsAnAbbreviatedName(String description, String a, String b, boolean abbreviated) {
        assertThat(Similarity.abbreviated(a, b)).as(description).isEqualTo(abbreviated);
        assertThat(Similarity.abbreviated(b, a)).as("symmetric").isEqualTo(abbreviated);
    }
}
