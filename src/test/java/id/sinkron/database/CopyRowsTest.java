package id.sinkron.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CopyRowsTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("null is COPY's null marker", null, "\\N"),
                Arguments.of("plain text as it is", "SITI AMINAH", "SITI AMINAH"),
                Arguments.of("a backslash (JSON escapes) doubled", "{\"a\":\"x\\\"y\"}", "{\"a\":\"x\\\\\"y\"}"),
                Arguments.of("a tab would split the column", "a\tb", "a\\tb"),
                Arguments.of("line breaks would end the row", "a\r\nb", "a\\r\\nb"),
                Arguments.of("plain text, then every escape after it", "NAMA: x\\y\tz\n", "NAMA: x\\\\y\\tz\\n"),
                Arguments.of("the text \\N itself is not null", "\\N", "\\\\N"),
                Arguments.of("a timestamp as its instant, whatever the JVM's zone", Timestamp.from(Instant.parse("2026-11-29T01:02:03.456Z")),
                        "2026-11-29T01:02:03.456Z"),
                Arguments.of("a text[] as an array literal, elements quoted", new String[] {"SITI", "A,B", "{C}"},
                        "{\"SITI\",\"A,B\",\"{C}\"}"),
                Arguments.of("quotes and backslashes in a text[] element escaped twice: array, then COPY",
                        new String[] {"O\"NEIL", "A\\B", null}, "{\"O\\\\\"NEIL\",\"A\\\\\\\\B\",NULL}"),
                Arguments.of("numbers and ids by toString", UUID.fromString("0190a6d2-0000-7000-8000-000000000001"),
                        "0190a6d2-0000-7000-8000-000000000001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void writesValuesAsCopyTextFormatReadsThem(String description, Object value, String expected) {
        StringBuilder text = new StringBuilder();

        CopyRows.append(text, value);

        assertThat(text).hasToString(expected);
    }
}
