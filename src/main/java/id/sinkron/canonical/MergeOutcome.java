package id.sinkron.canonical;

import id.sinkron.feed.NewEvent;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A merge done: the person that lives on, the one retired into it, and the feed events of the merge
 * ({@code person.updated} of the surviving person when its golden record changed, then {@code person.merged}).
 */
public record MergeOutcome(UUID surviving, UUID retired, List<NewEvent> events) {

    public MergeOutcome {
        Objects.requireNonNull(surviving, "surviving");
        Objects.requireNonNull(retired, "retired");
        events = List.copyOf(events);
    }
}
