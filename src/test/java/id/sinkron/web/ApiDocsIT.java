package id.sinkron.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI description and its interactive page. */
class ApiDocsIT extends IntegrationTest {

    @Test
    void describesTheWholeApiWithItsSnakeCaseNames() {
        Api.Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        JsonNode api = docs.json();
        assertThat(api.at("/info/title").asText()).isEqualTo("Sinkron");
        assertThat(api.at("/info/version").asText()).isNotBlank().isNotEqualTo("dev");
        assertThat(api.get("paths").has("/api/v1/sources/{source}/records")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1subscriptions/post").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1subscriptions/get").isMissingNode()).isFalse();
        assertThat(api.get("paths").has("/actuator/prometheus")).isFalse();
        JsonNode schemas = api.at("/components/schemas");
        assertThat(schemas.at("/PushResult/properties").has("run_id")).isTrue();
        assertThat(schemas.at("/PushResult/properties").has("runId")).isFalse();
        assertThat(schemas.at("/Subscription/properties").has("last_delivered_at")).isTrue();
        assertThat(schemas.at("/SyncRun/properties").has("started_at")).isTrue();
        assertThat(schemas.at("/SyncRun/properties").has("startedAt")).isFalse();
    }

    @Test
    void describesEveryErrorAsAProblem() {
        JsonNode push = api().get("/v3/api-docs").json().at("/paths/~1api~1v1~1sources~1{source}~1records/post/responses");

        assertThat(push.at("/default/content").has("application/problem+json")).isTrue();
        assertThat(push.at("/default/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void declaresTheCredentialsTheServiceAcceptsSoTryItOutCanSendThem() {
        JsonNode api = api().get("/v3/api-docs").json();

        JsonNode schemes = api.at("/components/securitySchemes");
        assertThat(schemes.at("/bearer/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/apiKey/type").asText()).isEqualTo("apiKey");
        assertThat(schemes.at("/apiKey/in").asText()).isEqualTo("header");
        assertThat(schemes.at("/apiKey/name").asText()).isEqualTo("X-API-Key");
        assertThat(api.path("security").findValues("bearer")).isNotEmpty();
        assertThat(api.path("security").findValues("apiKey")).isNotEmpty();
    }

    @Test
    void theDescriptionIsServedAsYamlToo() {
        Api.Response yaml = api().anonymous().get("/v3/api-docs.yaml");

        assertThat(yaml.status()).as(yaml.body()).isEqualTo(200);
        // the media type registered for OpenAPI documents in YAML
        assertThat(yaml.contentType()).startsWith("application/vnd.oai.openapi");
        assertThat(yaml.body()).startsWith("openapi: ").contains("title: Sinkron", "/api/v1/sources/{source}/records:", "securitySchemes:");
    }

    @Test
    void theInteractivePageIsServed() throws Exception {
        HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = follow.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
    }
}
