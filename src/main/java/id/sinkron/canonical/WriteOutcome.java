package id.sinkron.canonical;

import id.sinkron.feed.NewEvent;
import java.util.List;
import java.util.Map;

/**
 * What writing one batch did, counted per source record.
 *
 * @param created source records seen for the first time
 * @param updated source records seen before, with different content
 * @param unchanged source records identical to what was stored
 * @param events the golden changes, to append to the feed last in the same transaction
 * @param linked source records seen for the first time that the linker linked to an existing person
 * @param reviewsOpened review items opened, by reason
 */
public record WriteOutcome(int created, int updated, int unchanged, List<NewEvent> events, int linked,
        Map<ReviewReason, Integer> reviewsOpened) {

    public WriteOutcome {
        events = List.copyOf(events);
        reviewsOpened = reviewsOpened == null ? Map.of() : Map.copyOf(reviewsOpened);
    }

    public WriteOutcome(int created, int updated, int unchanged, List<NewEvent> events) {
        this(created, updated, unchanged, events, 0, Map.of());
    }

    /** The same counts with other events. */
    public WriteOutcome withEvents(List<NewEvent> otherEvents) {
        return new WriteOutcome(created, updated, unchanged, otherEvents, linked, reviewsOpened);
    }
}
