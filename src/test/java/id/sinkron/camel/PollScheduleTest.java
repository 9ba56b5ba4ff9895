package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times are seconds after the route started; the schedule is Camel's default shape with initialDelay 1 s, delay 5 s. */
class PollScheduleTest {

    private static final Instant STARTED = Instant.parse("2026-11-29T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case                                                 , fixed delay, poll start, poll end, now  , next
            before the first poll: the initial delay after start     , true       , -         , -       , 0.5  , 1
            fixed delay: the delay after the last poll ended        , true       , 1         , 3.5     , 4    , 8.5
            fixed delay: a poll that is running has no next          , true       , 8.5       , -       , 9    , -
            fixed rate: the next tick after the last poll began      , false      , 6         , 7       , 8    , 11
            fixed rate: a poll that overran is followed at once      , false      , 6         , 13      , 13   , 13
            skipped ticks - backoff or suspension - move on by whole delays, true     , 1         , 2       , 13.5 , 17
            the first tick skipped: the next one                      , true       , -         , -       , 3    , 6
            """)
    void nextPoll(String description, boolean fixedDelay, Double pollStart, Double pollEnd, double now, Double next) {
        PollSchedule schedule = new PollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(5), fixedDelay);
        PollSchedule.Poll last = pollStart == null ? null : new PollSchedule.Poll(at(pollStart), pollEnd == null ? null : at(pollEnd));

        assertThat(schedule.next(STARTED, last, at(now))).isEqualTo(next == null ? null : at(next));
    }

    @Test
    void refusesNegativeDelays() {
        assertThatThrownBy(() -> new PollSchedule(Duration.ofSeconds(-1), Duration.ofSeconds(5), true))
                .hasMessageContaining("negative");
    }

    private static Instant at(double seconds) {
        return STARTED.plusMillis(Math.round(seconds * 1000));
    }
}
