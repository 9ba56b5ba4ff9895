package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.junit.jupiter.api.Test;

/** The calls Camel's ScheduledPollConsumer makes around each poll: begin, then commit or rollback. */
class PollTimesTest {

    private final PollTimes times = new PollTimes(new DefaultPollingConsumerPollStrategy());

    @Test
    void aScheduledPollIsRunningFromBeginUntilCommit() {
        times.started(Instant.now());

        times.begin(null, null);
        assertThat(times.scheduled().running()).isTrue();
        times.commit(null, null, 0);

        assertThat(times.scheduled().running()).isFalse();
        assertThat(times.scheduled().end()).isAfterOrEqualTo(times.scheduled().start());
        assertThat(times.lastPoll()).isEqualTo(times.scheduled().start());
    }

    @Test
    void aFailedPollEndsAtItsRollback() throws Exception {
        times.started(Instant.now());

        times.begin(null, null);
        times.rollback(null, null, 0, new IllegalStateException("agency database down"));

        assertThat(times.scheduled().running()).isFalse();
    }

    @Test
    void aPollAskedForMovesTheLastPollButNotTheSchedulersPoll() {
        times.started(Instant.now());
        times.begin(null, null);
        times.commit(null, null, 0);
        PollSchedule.Poll scheduled = times.scheduled();

        PollTimes.outsideSchedule(() -> {
            times.begin(null, null);
            times.commit(null, null, 1);
        });

        assertThat(times.scheduled()).isSameAs(scheduled);
        assertThat(times.lastPoll()).isAfterOrEqualTo(scheduled.end());
    }

    @Test
    void aRestartForgetsTheSchedulersPollButNotTheLastPoll() {
        times.started(Instant.now());
        times.begin(null, null);
        times.commit(null, null, 0);

        times.started(Instant.now());

        assertThat(times.scheduled()).isNull();
        assertThat(times.lastPoll()).isNotNull();
    }
}
