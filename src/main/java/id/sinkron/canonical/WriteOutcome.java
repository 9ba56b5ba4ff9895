package id.sinkron.canonical;

import id.sinkron.feed.NewEvent;
import java.util.List;

/**
 * What writing one batch did, counted per source record.
 *
 * @param created source records seen for the first time
 * @param updated source records seen before, with different content
 * @param unchanged source records identical to what was stored
 * @param events the golden changes, to append to the feed last in the same transaction
 */
public record WriteOutcome(int created, int updated, int unchanged, List<NewEvent> events) {

    public WriteOutcome {
        events = List.copyOf(events);
    }
}
