package id.sinkron.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 that verifies Standard Webhooks signatures the way the README tells agencies
 * to (written independently of Sinkron's signer), refuses what it cannot verify, and can be told to fail.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> accepted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private volatile List<String> secrets = List.of();
    private volatile int failFirst;
    private volatile boolean failAlways;
    private volatile long delayMillis;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Secrets the receiver accepts signatures of. */
    public WebhookReceiver secrets(String... secrets) {
        this.secrets = List.of(secrets);
        return this;
    }

    public WebhookReceiver failFirst(int attempts) {
        this.failFirst = attempts;
        return this;
    }

    public WebhookReceiver failAlways(boolean fail) {
        this.failAlways = fail;
        return this;
    }

    public WebhookReceiver delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public List<JsonNode> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    /** For each accepted event, milliseconds from its {@code time} (just before commit) to its arrival here. */
    public List<Long> latenciesMillis() {
        synchronized (latencies) {
            return List.copyOf(latencies);
        }
    }

    public int attempts() {
        return attempts.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int attempt = attempts.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        if (!verifies(id, timestamp, signatures, new String(body, StandardCharsets.UTF_8))) {
            badSignatures.incrementAndGet();
            respond(exchange, 401);
            return;
        }
        if (failAlways || attempt <= failFirst) {
            respond(exchange, 503);
            return;
        }
        JsonNode event = JSON.readTree(body);
        accepted.add(event);
        latencies.add(Duration.between(Instant.parse(event.get("time").asText()), Instant.now()).toMillis());
        respond(exchange, 204);
    }

    /** Standard Webhooks: HMAC-SHA256 of "id.timestamp.body" keyed with the base64 part of whsec_…; any listed signature may match. */
    boolean verifies(String id, String timestamp, String signatures, String body) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        for (String secret : secrets) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                for (String candidate : signatures.split(" ")) {
                    String[] parts = candidate.split(",", 2);
                    if (parts.length == 2 && parts[0].equals("v1")
                            && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                        return true;
                    }
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
