package id.sinkron.subscription;

/** How a subscription receives its events. */
public enum Delivery {
    /** The agency reads its events itself from {@code GET /api/v1/subscriptions/{id}/events}. */
    PULL,
    /** Sinkron POSTs each event to an HTTPS (or HTTP) URL, signed per Standard Webhooks. */
    WEBHOOK,
    /** Sinkron sends each event to a Camel endpoint URI: a Kafka topic, a RabbitMQ exchange, a NATS subject, … */
    ENDPOINT
}
