package id.sinkron.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddedServerTest {

    private static final long GB = 1024L * 1024 * 1024;

    @ParameterizedTest(name = "{0} GB of memory: shared_buffers {1}")
    @CsvSource({
            "0, 128MB",    // memory unknown: PostgreSQL's default
            "1, 128MB",    // an eighth would be less than the default
            "8, 1024MB",   // a laptop: an eighth
            "24, 2048MB",  // our 2-core machines: capped
            "256, 2048MB"})
    void takesAnEighthOfTheMemoryForTheBufferCacheWithinBounds(long memoryGb, String buffers) {
        assertThat(EmbeddedServer.sized(memoryGb * GB)).containsEntry("shared_buffers", buffers);
    }

    @ParameterizedTest(name = "{0} GB of memory")
    @CsvSource({"1", "24"})
    void checkpointsRarelyEnoughForABulkLoad(long memoryGb) {
        assertThat(EmbeddedServer.sized(memoryGb * GB))
                .containsEntry("max_wal_size", "8GB")
                .containsEntry("checkpoint_timeout", "30min");
    }
}
