package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WatermarkOrderTest {

    private static final WatermarkOrder ORDER = new WatermarkOrder(ZoneId.of("Asia/Jakarta"));

    @ParameterizedTest(name = "{0}: max({1}, {2}) = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            sequence numbers compare as numbers, not text   | 9                           | 10                          | 10
            negative and decimal numbers                    | -5                          | 2.5                         | 2.5
            the same number written twice                   | 7                           | 7                           | 7
            ISO date-times compare as instants              | 2024-03-01T08:15:30         | 2024-03-01T08:15:29.999     | 2024-03-01T08:15:30
            microseconds count                              | 2024-03-01T08:15:30.000001  | 2024-03-01T08:15:30         | 2024-03-01T08:15:30.000001
            an offset is honoured across zones              | 2024-03-01T02:00:00Z        | 2024-03-01T09:30:00+07:00   | 2024-03-01T09:30:00+07:00
            no offset means the ingest zone (UTC+7)         | 2024-03-01T08:00:00         | 2024-03-01T00:30:00Z        | 2024-03-01T08:00:00
            the initial value against a first date-time     | 1970-01-01T00:00:00Z        | 2024-01-01T00:00:00         | 2024-01-01T00:00:00
            SQL-style date-times with a space               | 2024-03-01 10:00:00         | 2024-03-01T09:59:59         | 2024-03-01 10:00:00
            dates compare as dates                          | 2024-12-31                  | 2025-01-01                  | 2025-01-01
            a date against a date-time on that day          | 2024-03-01                  | 2024-03-01T00:00:01         | 2024-03-01T00:00:01
            anything else compares as text                  | v-0009                      | v-0010                      | v-0010
            a number against text compares as text          | 10                          | abc                         | abc
            """)
    void ordersValuesAsTheirSourceDoes(String description, String a, String b, String expected) {
        assertThat(ORDER.max(a, b)).isEqualTo(expected);
        assertThat(ORDER.max(b, a)).as("symmetric").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jdbcValues")
    void writesJdbcValuesSoThatTheyBindBackIntoAQuery(String description, Object value, String expected) {
        assertThat(WatermarkOrder.text(value)).isEqualTo(expected);
    }

    static Stream<Arguments> jdbcValues() {
        return Stream.of(
                Arguments.of("a timestamp with whole minutes keeps its seconds", Timestamp.valueOf("2024-03-01 08:15:00"), "2024-03-01T08:15:00"),
                Arguments.of("a timestamp keeps its microseconds", Timestamp.valueOf("2024-03-01 08:15:30.123456"), "2024-03-01T08:15:30.123456"),
                Arguments.of("a local date-time (MariaDB DATETIME)", LocalDateTime.of(2024, 3, 1, 8, 15), "2024-03-01T08:15:00"),
                Arguments.of("a SQL date", java.sql.Date.valueOf("2024-03-01"), "2024-03-01"),
                Arguments.of("a long sequence value", 100_000L, "100000"),
                Arguments.of("a numeric column without trailing zeros", new BigDecimal("120.500"), "120.5"),
                Arguments.of("a numeric column in plain notation", new BigDecimal("1E+3"), "1000"),
                Arguments.of("a blank value is no value", "  ", null),
                Arguments.of("no value", null, null));
    }

    @ParameterizedTest(name = "null is lowest: {0}")
    @CsvSource({"5", "2024-03-01T08:15:00"})
    void nullIsLowest(String value) {
        assertThat(ORDER.max(null, value)).isEqualTo(value);
        assertThat(ORDER.max(value, null)).isEqualTo(value);
    }
}
