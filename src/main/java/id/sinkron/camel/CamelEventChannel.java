package id.sinkron.camel;

import id.sinkron.subscription.Delivery;
import id.sinkron.subscription.DeliverySettings;
import id.sinkron.subscription.EventChannel;
import id.sinkron.subscription.OutboundEvent;
import id.sinkron.subscription.SigningSecrets;
import id.sinkron.subscription.Subscription;
import id.sinkron.subscription.WebhookSigner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.direct.DirectConsumerNotAvailableException;
import org.apache.camel.model.errorhandler.DefaultErrorHandlerDefinition;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultExchange;
import org.springframework.stereotype.Component;

/**
 * Delivers subscription events through Camel: one route {@code subscription-<id>} per push subscription, from
 * {@code direct:subscription-<id>} to its endpoint, with Camel's redelivery (exponential backoff with jitter)
 * as the retry policy. Webhooks get structured CloudEvents signed per Standard Webhooks, re-signed on every
 * attempt; Kafka, RabbitMQ and NATS get binary CloudEvents (attributes as headers, data as body), Kafka keyed
 * by entity so each entity stays in one partition, and a whole batch per send.
 */
@Component
class CamelEventChannel implements EventChannel {

    static final String SECRETS = "SinkronSigningSecrets";

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final DeliverySettings settings;
    private final Clock clock;
    private final Map<Long, String> routes = new ConcurrentHashMap<>();

    CamelEventChannel(CamelContext camel, ProducerTemplate producer, DeliverySettings settings, Clock clock) {
        this.camel = camel;
        this.producer = producer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void deliver(Subscription subscription, SigningSecrets secrets, List<OutboundEvent> events, IntConsumer delivered) {
        if (!camel.getStatus().isStarted()) {
            // not the event's fault: nothing goes to the dead-letter store, the dispatcher tries again later
            throw new IllegalStateException("Camel is not running");
        }
        String uri = route(subscription);
        if (subscription.delivery() == Delivery.ENDPOINT && scheme(subscription.endpoint()).equals("kafka")) {
            Exchange batch = new DefaultExchange(camel);
            List<Exchange> records = new ArrayList<>(events.size());
            for (OutboundEvent event : events) {
                Exchange record = new DefaultExchange(camel);
                binary(record, event, "ce_");
                record.getIn().setHeader(KafkaConstants.KEY, event.entityId().toString());
                records.add(record);
            }
            batch.getIn().setBody(records);
            send(uri, batch, 0);
            delivered.accept(events.size() - 1);
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            OutboundEvent event = events.get(i);
            Exchange exchange = new DefaultExchange(camel);
            if (subscription.delivery() == Delivery.WEBHOOK) {
                exchange.getIn().setBody(event.structured());
                exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "application/cloudevents+json; charset=UTF-8");
                exchange.getIn().setHeader(Exchange.HTTP_METHOD, "POST");
                exchange.getIn().setHeader(WebhookSigner.ID, event.eventId().toString());
                exchange.setProperty(SECRETS, secrets);
                sign(exchange);
            } else {
                binary(exchange, event, headerPrefix(scheme(subscription.endpoint())));
            }
            send(uri, exchange, i);
            delivered.accept(i);
        }
    }

    private void send(String uri, Exchange exchange, int index) {
        producer.send(uri, exchange);
        if (exchange.getException() instanceof DirectConsumerNotAvailableException missing) {
            throw new IllegalStateException("the delivery route is not running: " + missing.getMessage(), missing);
        }
        if (exchange.isFailed()) {
            int attempts = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1;
            Exception cause = exchange.getException();
            throw new DeliveryFailed(index, attempts, cause == null ? "delivery failed" : cause.getMessage(), cause);
        }
    }

    /** Binary content mode: each attribute a header with the binding's prefix, the data as the body. */
    private static void binary(Exchange exchange, OutboundEvent event, String prefix) {
        event.attributes().forEach((name, value) -> {
            if (!name.equals("datacontenttype")) {
                exchange.getIn().setHeader(prefix + name, String.valueOf(value));
            }
        });
        exchange.getIn().setHeader("content-type", "application/json");
        exchange.getIn().setBody(event.dataJson());
    }

    /** Standard Webhooks headers for this attempt, with a fresh timestamp so receivers accept late retries. */
    private void sign(Exchange exchange) {
        SigningSecrets secrets = exchange.getProperty(SECRETS, SigningSecrets.class);
        String body = exchange.getIn().getBody(String.class);
        String id = exchange.getIn().getHeader(WebhookSigner.ID, String.class);
        WebhookSigner.headers(secrets, id, clock.instant().getEpochSecond(), body).forEach(exchange.getIn()::setHeader);
    }

    /** The route of a subscription, made or remade when its endpoint or attempts changed. */
    private synchronized String route(Subscription s) {
        String target = target(s);
        String key = target + "|" + s.maxAttempts();
        String direct = "direct:subscription-" + s.id();
        if (key.equals(routes.get(s.id())) && camel.getRouteController().getRouteStatus(routeId(s.id())) == ServiceStatus.Started) {
            return direct;
        }
        forget(s.id());
        Processor resign = this::sign;
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    DefaultErrorHandlerDefinition retries = defaultErrorHandler()
                            .maximumRedeliveries(s.maxAttempts() - 1)
                            .redeliveryDelay(settings.firstRetryDelay().toMillis())
                            .useExponentialBackOff()
                            .backOffMultiplier(2)
                            .maximumRedeliveryDelay(settings.maxRetryDelay().toMillis())
                            .useCollisionAvoidance()
                            .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.DEBUG)
                            .logExhausted(false);
                    if (s.delivery() == Delivery.WEBHOOK) {
                        retries.onRedelivery(resign);
                    }
                    from(direct).routeId(routeId(s.id()))
                            .description("Delivers subscription " + s.id() + " (" + s.agency() + ")")
                            .errorHandler(retries)
                            .to(target);
                }
            });
            // under the supervising route controller a route added after start-up is not started by adding it
            if (camel.getRouteController().getRouteStatus(routeId(s.id())) != ServiceStatus.Started) {
                camel.getRouteController().startRoute(routeId(s.id()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the delivery route of subscription " + s.id() + ": " + e.getMessage(), e);
        }
        routes.put(s.id(), key);
        return direct;
    }

    /** The Camel URI: webhooks go through the http component, which fails on any status other than 2xx. */
    private static String target(Subscription s) {
        if (s.delivery() == Delivery.WEBHOOK) {
            String url = s.endpoint();
            return url + (url.contains("?") ? "&" : "?") + "throwExceptionOnFailure=true";
        }
        if (scheme(s.endpoint()).equals("kafka") && !s.endpoint().contains("batchWithIndividualHeaders")) {
            // each record of a batch carries its own CloudEvents headers
            return s.endpoint() + (s.endpoint().contains("?") ? "&" : "?") + "batchWithIndividualHeaders=true";
        }
        return s.endpoint();
    }

    @Override
    public synchronized void forget(long subscriptionId) {
        routes.remove(subscriptionId);
        try {
            if (camel.getRoute(routeId(subscriptionId)) != null) {
                camel.getRouteController().stopRoute(routeId(subscriptionId));
                camel.removeRoute(routeId(subscriptionId));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot remove the delivery route of subscription " + subscriptionId, e);
        }
    }

    private static String routeId(long id) {
        return "subscription-" + id;
    }

    private static String scheme(String uri) {
        return uri.substring(0, uri.indexOf(':'));
    }

    /** CloudEvents protocol bindings: Kafka {@code ce_}, AMQP {@code cloudEvents:}, others (NATS) {@code ce-}. */
    private static String headerPrefix(String scheme) {
        return switch (scheme) {
            case "kafka" -> "ce_";
            case "spring-rabbitmq", "rabbitmq", "amqp" -> "cloudEvents:";
            default -> "ce-";
        };
    }
}
