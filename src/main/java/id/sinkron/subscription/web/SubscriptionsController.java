package id.sinkron.subscription.web;

import id.sinkron.feed.Feed;
import id.sinkron.feed.FeedEvent;
import id.sinkron.subscription.CloudEvents;
import id.sinkron.subscription.Delivery;
import id.sinkron.subscription.NewSubscription;
import id.sinkron.subscription.OutboundEvent;
import id.sinkron.subscription.Subscription;
import id.sinkron.subscription.SubscriptionService;
import id.sinkron.subscription.Subscriptions.DeadLetter;
import id.sinkron.security.Caller;
import id.sinkron.web.BadRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions of agencies to the change feed. */
@RestController
@RequestMapping("/api/v1/subscriptions")
@Validated
class SubscriptionsController {

    private final SubscriptionService service;
    private final Feed feed;
    private final CloudEvents cloudEvents;

    SubscriptionsController(SubscriptionService service, Feed feed, CloudEvents cloudEvents) {
        this.service = service;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
    }

    /** The created subscription and, for webhooks, its signing secret: store it now, it is not shown again. */
    record CreatedView(Subscription subscription, String secret) {}

    record SecretView(String secret, String note) {}

    record EventsPage(List<Map<String, Object>> events, long nextAfter) {}

    /** Starts at the head of the feed, or at {@code from_seq} (1 delivers everything there is). */
    @PostMapping
    ResponseEntity<CreatedView> create(@Valid @RequestBody NewSubscription request, @RequestParam(name = "from_seq", required = false) Long fromSeq) {
        Caller.checkAccessTo(request.agency(), "a subscription for " + request.agency());
        SubscriptionService.Created created = service.create(request, fromSeq);
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.subscription().id()))
                .body(new CreatedView(created.subscription(), created.secret()));
    }

    @GetMapping
    List<Subscription> list(@RequestParam(required = false) String agency) {
        // an agency sees its own subscriptions only, whatever it asks for
        String scope = Caller.current().filter(Caller::agencyScoped).map(Caller::agency).orElse(agency);
        if (agency != null && !agency.equals(scope)) {
            return List.of();
        }
        return service.list(scope);
    }

    /** The subscription, if the caller may see it: an agency only its own (403 for another agency's). */
    @GetMapping("/{id}")
    Subscription get(@PathVariable long id) {
        Subscription subscription = service.require(id);
        Caller.checkAccessTo(subscription.agency(), "subscription " + id);
        return subscription;
    }

    @PostMapping("/{id}/pause")
    Subscription pause(@PathVariable long id) {
        get(id);
        return service.pause(id);
    }

    @PostMapping("/{id}/resume")
    Subscription resume(@PathVariable long id) {
        get(id);
        return service.resume(id);
    }

    @PostMapping("/{id}/replay")
    Subscription replay(@PathVariable long id, @RequestParam(name = "from_seq") long fromSeq) {
        get(id);
        return service.replay(id, fromSeq);
    }

    @PostMapping("/{id}/secret/rotate")
    SecretView rotate(@PathVariable long id) {
        get(id);
        return new SecretView(service.rotateSecret(id),
                "deliveries are now signed with this secret and the previous one; call secret/end-rotation once receivers use the new one");
    }

    @PostMapping("/{id}/secret/end-rotation")
    Subscription endRotation(@PathVariable long id) {
        get(id);
        return service.endRotation(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        get(id);
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/dead-letters")
    List<DeadLetter> deadLetters(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        get(id);
        return service.deadLetters(id, after, limit);
    }

    /**
     * The subscription's events as structured CloudEvents, filtered and projected; pass {@code next_after} back
     * as {@code after}. Events the subscription does not receive still move the cursor.
     */
    @GetMapping("/{id}/events")
    EventsPage events(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Subscription subscription = get(id);
        if (subscription.delivery() != Delivery.PULL) {
            throw new BadRequest("subscription " + id + " is delivered by " + subscription.delivery() + ", not pulled");
        }
        List<FeedEvent> page = feed.after(after, limit);
        List<Map<String, Object>> events = cloudEvents.render(subscription, page).stream().map(SubscriptionsController::structured).toList();
        return new EventsPage(events, page.isEmpty() ? after : page.get(page.size() - 1).seq());
    }

    private static Map<String, Object> structured(OutboundEvent event) {
        Map<String, Object> json = new LinkedHashMap<>(event.attributes());
        json.put("data", event.data());
        return json;
    }
}
