package id.sinkron.camel;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.sinkron.support.AgencyRecords;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.Records;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shipped REST source routes (dinsos-api: page/offset, disdik-api: cursor) pulling from a real HTTP server
 * (WireMock on 127.0.0.1) standing in for the agency APIs. Each test triggers one poll by calling the pull route.
 */
class RestSourceIT extends IntegrationTest {

    private static final String DINSOS = "/api/v1/penerima";
    private static final String DISDIK = "/api/siswa";
    private static final String TOKEN = "rahasia-uji-123";
    private static final int RETRIES = 3;
    private static WireMockServer api;

    @Autowired
    ProducerTemplate producer;

    @DynamicPropertySource
    static void agencyApis(DynamicPropertyRegistry registry) {
        api = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
        warmUp();
        // a timer on the dinsos pull that fires only when asked to (run now)
        registry.add("camel.main.routes-include-pattern", () -> "file:routes/*.yaml,classpath:run-now/*.yaml");
        registry.add("sinkron.sources.dinsos-api.url", () -> api.baseUrl() + DINSOS);
        registry.add("sinkron.sources.dinsos-api.token", () -> TOKEN);
        registry.add("sinkron.sources.dinsos-api.page-size", () -> "50");
        registry.add("sinkron.sources.disdik-api.url", () -> api.baseUrl() + DISDIK);
        registry.add("sinkron.sources.disdik-api.token", () -> TOKEN);
        registry.add("sinkron.http-sources.max-redeliveries", () -> String.valueOf(RETRIES));
        registry.add("sinkron.http-sources.redelivery-delay", () -> "50");
        registry.add("sinkron.http-sources.max-redelivery-delay", () -> "200");
        registry.add("camel.component.http.response-timeout", () -> "2000");
        // a batch per page, so a failure on page 2 finds page 1 committed
        registry.add("sinkron.ingest.batch-size", () -> "50");
    }

    /** A first request to a cold server on a busy machine can outlast the short timeout these tests use. */
    private static void warmUp() {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/__admin/mappings")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void freshApi() {
        api.resetAll();
        jdbc.update("delete from source_watermarks");
    }

    @Test
    void pullsEveryPageAsOneRunWithTheTokenAndAsksOnlyForChangesOnTheNextPoll() {
        List<Map<String, Object>> records = AgencyRecords.of(51L, 120, "DINSOS");
        stubPages(records);

        pull("dinsos-api");

        JsonNode run = run(1);
        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts/created").asInt()).isEqualTo(120);
        assertThat(run.at("/progress/expected_total").asLong()).isEqualTo(120);
        assertThat(run.get("origin").asText()).isEqualTo("dinsos-api-pull");
        api.verify(3, getRequestedFor(urlPathEqualTo(DINSOS)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("size", equalTo("50")).withQueryParam("updated_since", absent()));
        assertThat(count("source_records")).isEqualTo(120);

        pull("dinsos-api");

        // the highest updated_at among the stored records, sent as the query parameter
        api.verify(3, getRequestedFor(urlPathEqualTo(DINSOS)).withQueryParam("updated_since", equalTo("2026-11-28T08:00:00Z")));
        assertThat(run(2).at("/counts/unchanged").asInt()).isEqualTo(120);
    }

    @Test
    void runNowOfATimerRoutePullsAtOnce() {
        stubPages(AgencyRecords.of(57L, 120, "DINSOS"));
        JsonNode hourly = api().get("/api/v1/routes/dinsos-api-hourly").json();
        assertThat(hourly.get("schedule").asText()).isEqualTo("PT1H");
        assertThat(hourly.get("runnable").asBoolean()).isTrue();

        Api.Response run = api().post("/api/v1/routes/dinsos-api-hourly/run", "application/json", "");

        assertThat(run.status()).as(run.body()).isEqualTo(202);
        assertThat(run.json().get("note").asText()).contains("one run of route 'dinsos-api-hourly'");
        // it runs in the background
        JsonNode pulled = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> api().get("/api/v1/sync-runs/1"), r -> r.status() == 200 && !r.json().get("status").asText().equals("RUNNING"))
                .json();
        assertThat(pulled.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(pulled.at("/counts/created").asInt()).isEqualTo(120);
        assertThat(count("source_records")).isEqualTo(120);
    }

    @Test
    void runNowOfAPullRouteNamesTheTimerRoutesThatCallIt() {
        assertThat(api().get("/api/v1/routes/dinsos-api-pull").json().get("runnable").asBoolean()).isFalse();

        Api.Response run = api().post("/api/v1/routes/dinsos-api-pull/run", "application/json", "");

        assertThat(run.status()).as(run.body()).isEqualTo(409);
        assertThat(run.json().get("detail").asText()).contains("'dinsos-api-hourly'", "'dinsos-api-schedule'", "instead");
        assertThat(count("sync_runs")).isZero();
    }

    @Test
    void followsCursorsUntilTheApiGivesNone() {
        List<Map<String, Object>> records = AgencyRecords.of(52L, 70, "DISDIK");
        api.stubFor(get(urlPathEqualTo(DISDIK)).withQueryParam("cursor", absent())
                .willReturn(okJson(cursorPage(records.subList(0, 30), "\"c-30\""))));
        api.stubFor(get(urlPathEqualTo(DISDIK)).withQueryParam("cursor", equalTo("c-30"))
                .willReturn(okJson(cursorPage(records.subList(30, 60), "\"c-60\""))));
        api.stubFor(get(urlPathEqualTo(DISDIK)).withQueryParam("cursor", equalTo("c-60"))
                .willReturn(okJson(cursorPage(records.subList(60, 70), "null"))));

        pull("disdik-api");

        JsonNode run = run(1);
        assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts/created").asInt()).isEqualTo(70);
        api.verify(3, getRequestedFor(urlPathEqualTo(DISDIK)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void retriesAPageAnsweredWith503() {
        List<Map<String, Object>> records = AgencyRecords.of(53L, 120, "DINSOS");
        stubPages(records);
        failOnceThenAnswer(2, aResponse().withStatus(503).withBody("sedang pemeliharaan"), records);

        pull("dinsos-api");

        assertSucceededAfterRetry(2);
    }

    @Test
    void retriesAPageThatTimesOut() {
        List<Map<String, Object>> records = AgencyRecords.of(54L, 120, "DINSOS");
        stubPages(records);
        failOnceThenAnswer(1, aResponse().withFixedDelay(6_000).withBody(page(records.subList(0, 50), 120)), records);

        pull("dinsos-api");

        assertSucceededAfterRetry(1);
    }

    @Test
    void retriesADroppedConnection() {
        List<Map<String, Object>> records = AgencyRecords.of(55L, 120, "DINSOS");
        stubPages(records);
        failOnceThenAnswer(3, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), records);

        pull("dinsos-api");

        assertSucceededAfterRetry(3);
    }

    @Test
    void aPageThatKeepsFailingLeavesTheRunFailedWithItsReasonAndTheCommittedPagesStored() {
        List<Map<String, Object>> records = AgencyRecords.of(56L, 120, "DINSOS");
        stubPages(records);
        api.stubFor(pageRequest(2).willReturn(aResponse().withStatus(502)));

        pull("dinsos-api");

        JsonNode run = run(1);
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).contains("page 2").contains("statusCode: 502").doesNotContain(TOKEN);
        api.verify(1 + RETRIES, pageRequestedFor(2));
        // page 1 was committed whole before the failure; the next poll starts after it
        assertThat(run.at("/counts/read").asInt()).isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from source_records where source = 'dinsos-api'", Long.class)).isEqualTo(50);
        assertThat(jdbc.queryForObject("select run_id from source_watermarks where source = 'dinsos-api'", Long.class)).isEqualTo(1);
    }

    @Test
    void aRefusedTokenFailsTheRunAtOnce() {
        api.stubFor(get(urlPathEqualTo(DINSOS)).willReturn(aResponse().withStatus(401)));

        pull("dinsos-api");

        JsonNode run = run(1);
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText()).contains("statusCode: 401");
        api.verify(1, getRequestedFor(urlPathEqualTo(DINSOS)));
    }

    private void pull(String source) {
        producer.sendBody("direct:" + source + "-pull", null);
    }

    private JsonNode run(long id) {
        return api().get("/api/v1/sync-runs/" + id).json();
    }

    private void assertSucceededAfterRetry(int page) {
        JsonNode run = run(1);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts/created").asInt()).isEqualTo(120);
        api.verify(2, pageRequestedFor(page));
        assertThat(count("sync_runs")).isEqualTo(1);
    }

    private void stubPages(List<Map<String, Object>> records) {
        for (int page = 1; page <= 3; page++) {
            api.stubFor(pageRequest(page).willReturn(okJson(page(records.subList((page - 1) * 50, Math.min(records.size(), page * 50)), records.size()))));
        }
    }

    /** The page answers badly once, then as usual. */
    private void failOnceThenAnswer(int page, ResponseDefinitionBuilder failure, List<Map<String, Object>> records) {
        String scenario = "page " + page;
        api.stubFor(pageRequest(page).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(failure).willSetStateTo("failed once"));
        api.stubFor(pageRequest(page).inScenario(scenario).whenScenarioStateIs("failed once")
                .willReturn(okJson(page(records.subList((page - 1) * 50, Math.min(records.size(), page * 50)), records.size()))));
    }

    private static MappingBuilder pageRequest(int page) {
        return get(urlPathEqualTo(DINSOS)).withQueryParam("page", equalTo(String.valueOf(page)));
    }

    private static RequestPatternBuilder pageRequestedFor(int page) {
        return getRequestedFor(urlPathEqualTo(DINSOS)).withQueryParam("page", equalTo(String.valueOf(page)));
    }

    private static String page(List<Map<String, Object>> records, int total) {
        return "{\"data\": [" + String.join(",", records.stream().map(Records::line).toList()) + "], \"total\": " + total + "}";
    }

    private static String cursorPage(List<Map<String, Object>> records, String next) {
        return "{\"items\": [" + String.join(",", records.stream().map(Records::line).toList()) + "], \"next_cursor\": " + next + "}";
    }
}
