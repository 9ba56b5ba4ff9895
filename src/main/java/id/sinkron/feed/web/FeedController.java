package id.sinkron.feed.web;

import id.sinkron.feed.Feed;
import id.sinkron.feed.FeedEvent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pull feeds, one per entity type over the one commit-ordered sequence. A reader starts at {@code after=0}
 * and passes {@code next_after} back each time; an empty page means it is up to date. Sequences are in commit
 * order, so no event is skipped or repeated; they are dense over all entity types, so one type's feed may
 * jump (the other type's events lie between).
 */
@RestController
@Validated
class FeedController {

    private final Feed feed;

    FeedController(Feed feed) {
        this.feed = feed;
    }

    record FeedPage(List<FeedEvent> events, long nextAfter, long head) {}

    @GetMapping("/api/v1/feed/persons")
    FeedPage persons(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return page("person", after, limit);
    }

    /** {@code service.created} and {@code service.updated}: an agency's enrolments, as they change. */
    @GetMapping("/api/v1/feed/services")
    FeedPage services(
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return page("service", after, limit);
    }

    private FeedPage page(String entityType, long after, int limit) {
        long head = feed.head();
        List<FeedEvent> events = feed.after(entityType, after, limit);
        long next = events.isEmpty() ? after : events.get(events.size() - 1).seq();
        return new FeedPage(events, next, Math.max(head, next));
    }
}
