package id.sinkron.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SyncRunsIT extends IntegrationTest {

    @Autowired
    SyncRuns runs;

    /** Review: an instance starting on a shared database marked the runs of every other instance FAILED. */
    @Test
    void marksFailedOnlyTheRunsOfInstancesThatStopped() {
        long running = runs.start("dinsos-dtks", RunTrigger.PUSH, "an instance that is still connected");
        long stopped = jdbc.queryForObject("""
                insert into sync_runs (source, trigger, origin, status, instance)
                values ('dinsos-dtks', 'PUSH', 'an instance that crashed', 'RUNNING', 'sinkron 00000000-0000') returning id
                """, Long.class);

        int closed = runs.failInterrupted();

        assertThat(closed).isEqualTo(1);
        assertThat(runs.find(running).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(runs.find(stopped).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(runs.find(stopped).orElseThrow().error()).startsWith("interrupted");
    }
}
