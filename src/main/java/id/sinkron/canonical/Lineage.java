package id.sinkron.canonical;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Where one golden value came from, and how it came to be: the answer to "where did this person's birth date come
 * from, and when did it change?".
 *
 * @param value the current golden value (null when no source has one)
 * @param current who supplied it
 * @param history every version in which the value or its supplier changed, oldest first
 */
public record Lineage(UUID personId, String field, Object value, Supply current, List<Step> history) {

    public Lineage {
        history = List.copyOf(history);
    }

    /**
     * A value as supplied by one source record in one sync run.
     *
     * @param receivedAt when Sinkron received that version of the source record
     * @param runStartedAt when the supplying run started
     * @param runOrigin the route, file or client of that run
     */
    public record Supply(String source, String sourceRecordId, Long runId, String runTrigger, String runOrigin,
            OffsetDateTime runStartedAt, OffsetDateTime receivedAt) {}

    /**
     * A golden version where the field changed value or supplier.
     *
     * @param recordedAt when the golden record took this version
     */
    public record Step(int version, Object value, Object previous, Supply suppliedBy, OffsetDateTime recordedAt) {}
}
