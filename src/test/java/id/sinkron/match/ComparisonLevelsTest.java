package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which level two values fall into, per comparison of the shipped {@code config/matching.yml}. */
class ComparisonLevelsTest {

    @ParameterizedTest(name = "{0}: {2} vs {3} → {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            names equal after normalization       | full_name     | Sri  Wahyuni        | SRI WAHYUNI.        | exact after normalization
            one letter dropped                    | full_name     | SRI WAHYUNI         | SRI WAHYNI          | Jaro-Winkler ≥ 0.92
            spelling variant of MUHAMMAD          | full_name     | MUHAMAD RIZKI       | MOCHAMAD RISKI      | Jaro-Winkler ≥ 0.92
            old spelling and a title              | full_name     | Hj. SOEPARMI        | SUPARMI             | exact after normalization
            abbreviated MUHAMMAD                  | full_name     | M. RIDWAN           | MUHAMMAD RIDWAN     | exact after normalization
            different people                      | full_name     | SRI WAHYUNI         | BUDI SANTOSO        | else
            surname as an initial                 | full_name     | ABDUL H.            | ABDUL HUSEIN        | abbreviated
            given name as an initial              | full_name     | B. YULIANTO         | BAMBANG YULIANTO    | abbreviated
            first word left out                   | full_name     | RIZKI RAMADHAN      | MUHAMMAD RIZKI RAMADHAN | abbreviated
            middle word left out                  | full_name     | SITI AMINAH         | SITI NUR AMINAH     | abbreviated
            last name left out                    | full_name     | SITI AMINAH         | SITI AMINAH ZAHRA   | abbreviated
            siblings sharing a first name         | full_name     | NUR HALIMAH         | NUR SYAFIAH         | Jaro-Winkler ≥ 0.85
            an initial that does not fit          | full_name     | NUR H.              | NUR SYAFIAH         | else
            one word is not an abbreviation       | full_name     | SITI                | SITI AMINAH         | Jaro-Winkler ≥ 0.85
            initials only                         | full_name     | S. A.               | SITI AMINAH         | else
            missing name                          | full_name     | SRI WAHYUNI         |                     | null
            same birth date                       | birth_date    | 1987-09-05          | 1987-09-05          | exact
            day and month swapped                 | birth_date    | 1987-09-05          | 1987-05-09          | day and month swapped
            one year apart                        | birth_date    | 1987-09-05          | 1988-01-20          | same year ± 1
            a year earlier                        | birth_date    | 1987-09-05          | 1986-12-31          | same year ± 1
            swapped, but in another year          | birth_date    | 1987-09-05          | 1988-05-09          | same year ± 1
            only the day differs                  | birth_date    | 1987-09-05          | 1987-09-06          | same year ± 1
            two years apart                       | birth_date    | 1987-09-05          | 1989-09-05          | else
            a generation apart                    | birth_date    | 1987-09-05          | 1960-09-05          | else
            same NIK                              | nik           | 3316142909611481    | 3316142909611481    | exact
            one digit mistyped                    | nik           | 3316142909611481    | 3316142909611487    | one digit off or transposed
            two adjacent digits transposed        | nik           | 3316142909611481    | 3316142909611418    | one digit off or transposed
            two digits mistyped                   | nik           | 3316142909611481    | 3316142909611777    | else
            different NIK                         | nik           | 3316142909611481    | 3316104111734037    | else
            same sex                              | sex           | L                   | l                   | exact
            different sex                         | sex           | L                   | P                   | else
            same birth place                      | birth_place   | BLORA               | Blora               | exact
            misspelt birth place                  | birth_place   | SEMARANG            | SEMARNG             | Jaro-Winkler ≥ 0.9
            same mother                           | mother_name   | SUMIATI MARDIANTO   | SUMIATI MARDIANTO   | exact after normalization
            same village, dotted code             | village_code  | 33.16.14.2015       | 3316142015          | exact
            same district, other village          | village_code  | 3316142015          | 3316142001          | same district
            other district                        | village_code  | 3316142015          | 3316102001          | else
            same KK                               | kk_number     | 3316140911118703    | 3316140911118703    | exact
            different KK                          | kk_number     | 3316140911118703    | 3316100808171321    | else
            same phone, other notation            | phone         | 0895-6258-4861      | 089562584861        | exact
            """)
    void putsPairsInTheExpectedLevel(String description, String column, String a, String b, String level) {
        MatchRecord left = a == null ? PersonModel.person("a") : PersonModel.person("a", column, a);
        MatchRecord right = b == null ? PersonModel.person("b") : PersonModel.person("b", column, b);
        Comparison comparison = PersonModel.MODEL.comparisons().stream()
                .filter(c -> PersonModel.MODEL.preparer().sourceOf(c.field()).equals(column)).findFirst().orElseThrow();

        assertThat(comparison.label(comparison.levelOf(left, right))).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            first name and surname swapped    | john  | smith  | smith | john   | swapped with surname
            given name misspelt, not swapped  | john  | smith  | jonh  | smith  | Jaro-Winkler ≥ 0.92
            """)
    void recognisesSwappedNameParts(String description, String given1, String sur1, String given2, String sur2, String level) {
        Comparison given = new Comparison("given-name", "given", List.of(
                new Level("exact", LevelKind.EXACT, 0, null, false, 0.8, 0.01),
                new Level("Jaro-Winkler ≥ 0.92", LevelKind.JARO_WINKLER, 0.92, null, false, 0.1, 0.01),
                new Level("swapped with surname", LevelKind.SWAPPED, 0, "surname", false, 0.05, 0.001),
                new Level("else", LevelKind.ELSE, 0, null, false, 0.05, 0.98)));
        MatchRecord a = new MatchRecord("a", "s", java.util.Map.of("given", given1, "surname", sur1));
        MatchRecord b = new MatchRecord("b", "s", java.util.Map.of("given", given2, "surname", sur2));

        assertThat(given.label(given.levelOf(a, b))).isEqualTo(level);
    }
}
