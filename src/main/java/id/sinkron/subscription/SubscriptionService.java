package id.sinkron.subscription;

import id.sinkron.canonical.PersonField;
import id.sinkron.feed.Feed;
import id.sinkron.security.Entitlements;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import id.sinkron.web.BadRequest;
import id.sinkron.web.NotFound;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and manages subscriptions; checks what Bean Validation cannot (fields, entitlements, sources, endpoints). */
@Service
public class SubscriptionService {

    private final Subscriptions subscriptions;
    private final Sources sources;
    private final Feed feed;
    private final EventChannel channel;
    private final Dispatcher dispatcher;
    private final Entitlements entitlements;

    public SubscriptionService(Subscriptions subscriptions, Sources sources, Feed feed, EventChannel channel, Dispatcher dispatcher,
            Entitlements entitlements) {
        this.entitlements = entitlements;
        this.subscriptions = subscriptions;
        this.sources = sources;
        this.feed = feed;
        this.channel = channel;
        this.dispatcher = dispatcher;
    }

    /** A created subscription, with its webhook secret: shown this once. */
    public record Created(Subscription subscription, String secret) {}

    /**
     * Creates a subscription that starts at the head of the feed, or at {@code fromSeq} (0 for everything).
     *
     * @throws BadRequest naming every problem of the request
     */
    @Transactional
    public Created create(NewSubscription request, Long fromSeq) {
        List<String> problems = new ArrayList<>();
        request.fields().stream().filter(f -> PersonField.byWireName(f).isEmpty())
                .forEach(f -> problems.add("fields: unknown field '" + f + "'"));
        request.eventTypes().stream().filter(t -> !request.entityTypes().contains(t.substring(0, t.indexOf('.'))))
                .forEach(t -> problems.add("event_types: " + t + " is not an event of the subscribed entity_types " + request.entityTypes()));
        Optional<Set<String>> entitled = entitlements.of(request.agency());
        if (entitled.isEmpty()) {
            problems.add("agency: '" + request.agency() + "' has no field entitlements (config/agencies/*.yml), so it may receive nothing");
        } else {
            List<String> beyond = request.fields().stream().filter(f -> PersonField.byWireName(f).isPresent())
                    .filter(f -> !entitled.get().contains(f) && !Entitlements.IDENTITY_NUMBERS.contains(f)).toList();
            if (!beyond.isEmpty()) {
                problems.add("fields: agency '" + request.agency() + "' is not entitled to " + beyond);
            }
        }
        request.ownSources().stream().filter(s -> sources.find(s).isEmpty())
                .forEach(s -> problems.add("own_sources: no source '" + s + "' is declared"));
        String endpoint = request.endpoint() == null ? null : request.endpoint().strip();
        switch (request.delivery()) {
            case PULL -> {
                if (endpoint != null && !endpoint.isEmpty()) {
                    problems.add("endpoint: a PULL subscription has no endpoint");
                }
            }
            case WEBHOOK -> webhookProblem(endpoint).ifPresent(problems::add);
            case ENDPOINT -> {
                if (endpoint == null || !endpoint.matches("[a-z][a-z0-9+.-]*:.+")) {
                    problems.add("endpoint: an ENDPOINT subscription needs a Camel endpoint URI such as kafka:topic?brokers=host:9092");
                } else if (endpoint.startsWith("http:") || endpoint.startsWith("https:")) {
                    problems.add("endpoint: use delivery WEBHOOK for HTTP endpoints, so deliveries are signed");
                }
            }
        }
        if (fromSeq != null && fromSeq < 0) {
            problems.add("from_seq: must be 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(String.join("; ", problems));
        }
        List<String> own = request.ownSources().isEmpty() ? sourcesOf(request.agency()) : request.ownSources();
        NewSubscription normalized = new NewSubscription(request.agency(), request.name(), request.entityTypes(), request.eventTypes(),
                request.regionPrefix(), request.fields(), own, request.delivery(), endpoint, request.maxAttempts(), request.onDeadLetter());
        String secret = request.delivery() == Delivery.WEBHOOK ? WebhookSigner.newSecret() : null;
        long position = fromSeq == null ? feed.head() : Math.max(0, fromSeq - 1);
        long id = subscriptions.insert(normalized, secret, position);
        return new Created(require(id), secret);
    }

    public Subscription require(long id) {
        return subscriptions.find(id).orElseThrow(() -> new NotFound("no subscription " + id));
    }

    public List<Subscription> list(String agency) {
        return subscriptions.list(agency);
    }

    public Subscription pause(long id) {
        require(id);
        subscriptions.setStatus(id, SubscriptionStatus.PAUSED);
        return require(id);
    }

    public Subscription resume(long id) {
        require(id);
        subscriptions.setStatus(id, SubscriptionStatus.ACTIVE);
        dispatcher.wake();
        return require(id);
    }

    /** Delivers again every event from {@code fromSeq} on (at-least-once: the receiver sees the same event ids again). */
    public Subscription replay(long id, long fromSeq) {
        require(id);
        if (fromSeq < 1) {
            throw new BadRequest("from_seq: must be 1 or more");
        }
        subscriptions.replay(id, fromSeq);
        dispatcher.wake();
        return require(id);
    }

    /** A new secret; the old one keeps signing too until {@link #endRotation}. */
    public String rotateSecret(long id) {
        if (require(id).delivery() != Delivery.WEBHOOK) {
            throw new BadRequest("only WEBHOOK subscriptions have a signing secret");
        }
        String secret = WebhookSigner.newSecret();
        subscriptions.rotate(id, secret);
        return secret;
    }

    public Subscription endRotation(long id) {
        require(id);
        subscriptions.endRotation(id);
        return require(id);
    }

    public void delete(long id) {
        if (!subscriptions.delete(id)) {
            throw new NotFound("no subscription " + id);
        }
        channel.forget(id);
    }

    public List<Subscriptions.DeadLetter> deadLetters(long id, long after, int limit) {
        require(id);
        return subscriptions.deadLetters(id, after, limit);
    }

    private List<String> sourcesOf(String agency) {
        return sources.all().stream()
                .filter(s -> s.agency().toLowerCase(Locale.ROOT).equals(agency.toLowerCase(Locale.ROOT)))
                .map(SourceDefinition::id).toList();
    }

    private static java.util.Optional<String> webhookProblem(String endpoint) {
        if (endpoint == null || endpoint.isEmpty()) {
            return java.util.Optional.of("endpoint: a WEBHOOK subscription needs an http(s) URL");
        }
        try {
            URI uri = new URI(endpoint);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                return java.util.Optional.of("endpoint: '" + endpoint + "' is not an http(s) URL");
            }
        } catch (URISyntaxException e) {
            return java.util.Optional.of("endpoint: '" + endpoint + "' is not a URL");
        }
        return java.util.Optional.empty();
    }
}
