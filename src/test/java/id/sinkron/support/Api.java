package id.sinkron.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client against the running service, as an agency or auditor would call it. It sends the test
 * suite's bootstrap key (roles ADMIN, STEWARD and AUDITOR) unless told otherwise with {@link #as} or
 * {@link #anonymous}.
 */
public final class Api {

    /** The key every integration test authenticates with by default (see {@code IntegrationTest}). */
    public static final String TEST_KEY = "sk_test_bootstrap_key_for_integration_tests_0001";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String key;

    public Api(int port) {
        this("http://127.0.0.1:" + port, TEST_KEY);
    }

    private Api(String base, String key) {
        this.base = base;
        this.key = key;
    }

    /** The same service, called with another API key. */
    public Api as(String key) {
        return new Api(base, key);
    }

    /** The same service, called without credentials. */
    public Api anonymous() {
        return new Api(base, null);
    }

    public Response put(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A response: status, content type and body. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
    }

    public Response push(String source, String contentType, String body) {
        return post("/api/v1/sources/" + source + "/records", contentType, body);
    }

    public Response push(String source, String contentType, byte[] body) {
        return post("/api/v1/sources/" + source + "/records", contentType, body);
    }

    private Response send(HttpRequest request) {
        HttpRequest.Builder authenticated = HttpRequest.newBuilder(request, (name, value) -> true);
        if (key != null) {
            authenticated.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = HTTP.send(authenticated.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
