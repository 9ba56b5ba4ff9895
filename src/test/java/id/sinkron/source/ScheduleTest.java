package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            every fifteen minutes                 | PT15M                 | 900000   |
            every day                             | P1D                   | 86400000 |
            lower case duration                   | pt5s                  | 5000     |
            nightly at two                        | 0 0 2 * * *           |          | 0 0 2 * * *
            every five minutes on working days    | 0 */5 * * * MON-FRI   |          | 0 */5 * * * MON-FRI
            """)
    void aScheduleIsADelayOrACron(String description, String text, Long delayMs, String cron) {
        Schedule schedule = Schedule.parse(text);

        assertThat(schedule.every()).isEqualTo(delayMs == null ? null : Duration.ofMillis(delayMs));
        assertThat(schedule.cron()).isEqualTo(cron);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero duration                         | PT0S                  | must be at least one millisecond
            negative duration                     | PT-5M                 | must be at least one millisecond
            not a duration                        | P15 minutes           | is not an ISO-8601 duration
            five-field unix cron                  | 0 2 * * *             | nor a cron expression of six fields
            words                                 | every 15 minutes      | nor a cron expression of six fields
            a minute out of range                 | 0 61 * * * *          | nor a cron expression of six fields
            """)
    void anythingElseIsRefusedSayingWhatIsExpected(String description, String text, String message) {
        assertThatThrownBy(() -> Schedule.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
