package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each value step of a mapping rule, as tables: a rule as it is written in a source file (YAML flow style), the
 * native value(s), and the canonical value: {@code <missing>} for no value, {@code !text} for a reason containing text.
 */
class FieldMappingTest {

    private static final String MISSING = "<missing>";

    /** Maps {@code V} (or, for inputs written {@code A=…;B=…}, several columns) with {@code rule} into full_name. */
    private static void check(String rule, String input, String expected) throws JsonProcessingException {
        FieldMapping mapping = new FieldMapping(Map.of("full_name", Sources.YAML.readValue(rule, FieldRule.class)));
        Map<String, Object> row = new LinkedHashMap<>();
        if (input != null && input.contains("=")) {
            for (String cell : input.split(";", -1)) {
                row.put(cell.substring(0, cell.indexOf('=')), cell.substring(cell.indexOf('=') + 1));
            }
        } else if (input != null) {
            row.put("V", input);
        }

        FieldMapping.Mapped mapped = mapping.apply(row);

        if (expected.startsWith("!")) {
            assertThat(mapped.values()).doesNotContainKey("full_name");
            assertThat(mapped.reasons()).singleElement().satisfies(r -> {
                assertThat(r.field()).isEqualTo("full_name");
                assertThat(r.message()).contains(expected.substring(1));
            });
        } else if (expected.equals(MISSING)) {
            assertThat(mapped.reasons()).isEmpty();
            assertThat(mapped.values()).doesNotContainKey("full_name");
        } else {
            assertThat(mapped.reasons()).isEmpty();
            assertThat(mapped.values()).containsEntry("full_name", expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            renames one column                    | {from: V}                         | SITI AMINAH          | SITI AMINAH
            trims by default                      | {from: V}                         | `  SITI  `           | SITI
            keeps spaces with trim false          | {from: V, trim: false}            | `  SITI `            | `  SITI `
            blank is missing                      | {from: V}                         | `   `                | <missing>
            absent column is missing              | {from: V}                         |                      | <missing>
            """)
    void renameAndTrim(String description, String rule, String input, String expected) throws Exception {
        check(rule, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            joins with a space by default         | {from: [A, B]}                    | A=SRI;B=WAHYUNI      | SRI WAHYUNI
            joins with the declared separator     | `{from: [A, B], join: ", "}`      | A=JL. MERAPI;B=KRAJAN | JL. MERAPI, KRAJAN
            trims each part before joining        | {from: [A, B]}                    | A= SRI ;B= WAHYUNI   | SRI WAHYUNI
            skips a blank part                    | `{from: [A, B], join: "-"}`       | `A=SRI;B=  `         | SRI
            all parts blank is missing            | {from: [A, B]}                    | A=;B=                | <missing>
            """)
    void concatenate(String description, String rule, String input, String expected) throws Exception {
        check(rule, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            first part by separator               | `{from: V, split: {separator: ",", part: 1}}`  | `BLORA, 12-05-1980`       | BLORA
            second part, trimmed                  | `{from: V, split: {separator: ",", part: 2}}`  | `BLORA, 12-05-1980`       | 12-05-1980
            last part counts from the end         | `{from: V, split: {separator: ",", part: -1}}` | `KAB. BLORA, JATENG, 12-05-1980` | 12-05-1980
            a part the value lacks is missing     | `{from: V, split: {separator: ",", part: 2}}`  | BLORA                     | <missing>
            a regex group by number               | `{from: V, split: {pattern: "(.+?),\\\\s*(\\\\d.*)", part: 1}}` | `KAB. BLORA, 12-05-1980` | KAB. BLORA
            a regex group by name                 | `{from: V, split: {pattern: "(?<place>.+),\\\\s*(?<date>[0-9-]+)", part: date}}` | `BLORA, JATENG, 12-05-1980` | 12-05-1980
            a value the regex does not match      | `{from: V, split: {pattern: "(.+),(.+)", part: 2}}` | BLORA 12-05-1980     | !does not match the split pattern (.+),(.+) (from V)
            """)
    void split(String description, String rule, String input, String expected) throws Exception {
        check(rule, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            upper case                            | {from: V, case: upper}            | siti aminah          | SITI AMINAH
            lower case                            | {from: V, case: lower}            | SITI@MAIL.ID         | siti@mail.id
            a regex replacement                   | `{from: V, replace: [{pattern: "^0", with: "+62"}]}` | 081234567890 | +6281234567890
            replacements apply in order           | `{from: V, replace: [{pattern: "\\\\.", with: ""}, {pattern: "\\\\s+", with: " "}]}` | `JL.  MERAPI   NO.4` | JL MERAPI NO4
            a replacement with a group            | `{from: V, replace: [{pattern: "RT\\\\s*0*(\\\\d+)", with: "$1"}]}` | RT 003   | 3
            """)
    void caseAndReplace(String description, String rule, String input, String expected) throws Exception {
        check(rule, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a code is mapped                      | `{from: V, codes: {LAKI-LAKI: L, PEREMPUAN: P}}`  | LAKI-LAKI       | L
            codes compare trimmed and any case    | `{from: V, codes: {LAKI-LAKI: L, PEREMPUAN: P}}`  | ` laki-laki `   | L
            numeric codes                         | `{from: V, codes: {"1": ISLAM, "2": KRISTEN}}`    | 1               | ISLAM
            an unmapped code passes by default    | `{from: V, codes: {"1": ISLAM}}`                  | 9               | 9
            an unmapped code takes otherwise      | `{from: V, codes: {"1": ISLAM}, otherwise: LAINNYA}` | 9            | LAINNYA
            an unmapped code is rejected          | `{from: V, codes: {"1": ISLAM, "2": KRISTEN}, unmapped: reject}` | 9 | !'9' is not one of the codes 1, 2 mapped from V
            a mapped code is not rejected         | `{from: V, codes: {"1": ISLAM}, unmapped: reject}` | 1              | ISLAM
            a blank value is no unmapped code     | `{from: V, codes: {"1": ISLAM}, unmapped: reject}` | ` `            | <missing>
            """)
    void codeMaps(String description, String rule, String input, String expected) throws Exception {
        check(rule, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a default fills a missing value       | `{from: V, default: KABUPATEN BLORA}`             |               | KABUPATEN BLORA
            a default fills a blank value         | `{from: V, default: KABUPATEN BLORA}`             | ` `           | KABUPATEN BLORA
            a default leaves a value alone        | `{from: V, default: KABUPATEN BLORA}`             | KOTA SEMARANG | KOTA SEMARANG
            a default goes through the codes      | `{from: V, default: "1", codes: {"1": ISLAM}}`    |               | ISLAM
            a date in the declared pattern        | `{from: V, date-pattern: yyyyMMdd}`               | 19870905      | 1987-09-05
            a date with a month name              | `{from: V, date-pattern: d MMMM yyyy}`            | 5 Agustus 1987 | 1987-08-05
            a date in another pattern             | `{from: V, date-pattern: dd-MM-yyyy}`             | 1987/09/05    | !dd-MM-yyyy
            a date cell of invisible characters   | `{from: V, date-pattern: dd-MM-yyyy}`             | `\u200B\uFEFF` | <missing>
            a split date part in a pattern        | `{from: V, split: {separator: ",", part: 2}, date-pattern: dd-MM-yyyy}` | `BLORA, 12-05-1980` | 1980-05-12
            """)
    void defaultsAndDates(String description, String rule, String input, String expected) throws Exception {
        check(rule, input, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a split without separator or pattern  | `{from: V, split: {part: 1}}`                      | split: give either a separator or a pattern
            a split with both                     | `{from: V, split: {separator: ",", pattern: "(.*)", part: 1}}` | split: give either a separator or a pattern
            a split with no part to take          | `{from: V, split: {separator: ","}}`               | split.part: names no part to take
            a split part zero                     | `{from: V, split: {separator: ",", part: 0}}`      | split.part: '0' is not a position
            a bad split regex                     | `{from: V, split: {pattern: "([0-9]+", part: 1}}`  | split.pattern: '([0-9]+' is not a valid regular expression
            a split regex without groups          | `{from: V, split: {pattern: "[0-9]+", part: 1}}`   | split.pattern: '[0-9]+' has no group
            a split group that does not exist     | `{from: V, split: {pattern: "(a)(b)", part: 3}}`   | split.part: group 3 does not exist: the pattern has groups 1 to 2
            a split group name that does not exist| `{from: V, split: {pattern: "(?<a>x)", part: b}}`  | split.part: the pattern has no group named 'b'
            a bad replace regex                   | `{from: V, replace: [{pattern: "*", with: ""}]}`   | replace.0.pattern: '*' is not a valid regular expression
            a replacement naming a missing group  | `{from: V, replace: [{pattern: "(a)", with: "$2"}]}` | replace.0.with: refers to group 2 but the pattern has 1
            codes equal once normalized           | `{from: V, codes: {l: L, " L ": L}}`               | codes. L : 'l' and ' L ' are the same code once trimmed and upper-cased
            otherwise without codes               | `{from: V, otherwise: X}`                          | otherwise: applies only with codes
            otherwise and reject                  | `{from: V, codes: {a: b}, otherwise: X, unmapped: reject}` | unmapped: otherwise and unmapped: reject contradict
            a default rejected as unmapped        | `{from: V, codes: {"1": ISLAM}, unmapped: reject, default: ISLAM}` | default: 'ISLAM' is not one of the codes
            join with one column                  | `{from: V, join: ","}`                             | join: join applies only to several from fields
            a bad date pattern                    | `{from: V, date-pattern: dd-MM-bbbb}`           | date-pattern: 'dd-MM-bbbb' is not a valid date pattern
            no native field                       | `{from: []}`                                       | from: names no native field
            """)
    void aRuleWithAMistakeIsRefusedNamingTheKey(String description, String rule, String message) throws Exception {
        FieldRule declared = Sources.YAML.readValue(rule, FieldRule.class);

        assertThatThrownBy(() -> new FieldMapping(Map.of("full_name", declared)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("full_name." + message);
    }
}
