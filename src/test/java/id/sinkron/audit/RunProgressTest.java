package id.sinkron.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunProgressTest {

    @Test
    void runningRunWithTotalShowsPercentRateAndTimeLeft() {
        RunProgress progress = RunProgress.of(RunStatus.RUNNING, 2_500, 10_000L, 5.0);

        assertThat(progress.recordsPerSecond()).isEqualTo(500.0);
        assertThat(progress.percent()).isEqualTo(25.0);
        assertThat(progress.etaSeconds()).isEqualTo(15L);
    }

    @Test
    void runWithoutTotalShowsOnlyItsRate() {
        RunProgress progress = RunProgress.of(RunStatus.RUNNING, 900, null, 3.0);

        assertThat(progress.recordsPerSecond()).isEqualTo(300.0);
        assertThat(progress.percent()).isNull();
        assertThat(progress.etaSeconds()).isNull();
    }

    @Test
    void finishedRunHasNoTimeLeft() {
        RunProgress progress = RunProgress.of(RunStatus.SUCCEEDED, 10_000, 10_000L, 20.0);

        assertThat(progress.percent()).isEqualTo(100.0);
        assertThat(progress.etaSeconds()).isNull();
    }

    @Test
    void moreRecordsThanAnnouncedStopAtHundredPercent() {
        RunProgress progress = RunProgress.of(RunStatus.RUNNING, 1_200, 1_000L, 2.0);

        assertThat(progress.percent()).isEqualTo(100.0);
        assertThat(progress.etaSeconds()).isZero();
    }
}
