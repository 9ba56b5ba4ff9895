package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.Folders;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Route control on the running service: the shipped demo route listed with its state and last run, stopped,
 * started, suspended and resumed by an administrator, and route files reloaded while the service runs — a broken
 * file refused with its error while the old route goes on pulling. The routes are read from a copy of
 * {@code routes/}, so the tests can change the files.
 */
class RouteControlIT extends IntegrationTest {

    private static final String ROUTE = "/api/v1/routes/dukcapil-blora-csv";
    private static final Path ROUTES_DIR = routesCopy();
    private static final Path DEMO_FILE = Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv");

    @DynamicPropertySource
    static void routesDir(DynamicPropertyRegistry registry) {
        registry.add("sinkron.routes.dir", ROUTES_DIR::toString);
    }

    /** Whatever a test did, the demo route runs again from its shipped file for the next. */
    @AfterEach
    void restoreDemoRoute() throws IOException {
        Files.copy(Path.of("routes/dukcapil-blora.yaml"), ROUTES_DIR.resolve("dukcapil-blora.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("routes/dinsos-api.yaml"), ROUTES_DIR.resolve("dinsos-api.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(ROUTES_DIR.resolve("extra.yaml"));
        api().post("/api/v1/routes/reload", "application/json", "");
        if (api().get("/api/v1/routes/dinsos-api-schedule").json().get("state").asText().equals("STARTED")) {
            api().post("/api/v1/routes/dinsos-api-schedule/stop", "application/json", "");
        }
        String state = api().get(ROUTE).json().get("state").asText();
        if (state.equals("SUSPENDED")) {
            api().post(ROUTE + "/resume", "application/json", "");
        } else if (!state.equals("STARTED")) {
            api().post(ROUTE + "/start", "application/json", "");
        }
    }

    @Test
    void listsTheDemoRouteStartedWithItsScheduleAndLastRun() throws IOException {
        drop();
        awaitRun(1);

        JsonNode routes = api().get("/api/v1/routes").json().get("routes");
        JsonNode demo = find(routes, "dukcapil-blora-csv");
        assertThat(demo.get("state").asText()).isEqualTo("STARTED");
        assertThat(demo.get("internal").asBoolean()).isFalse();
        assertThat(demo.get("source").asText()).isEqualTo("dukcapil-blora");
        assertThat(demo.get("file").asText()).isEqualTo(ROUTES_DIR.resolve("dukcapil-blora.yaml").toString());
        assertThat(demo.get("schedule").asText()).isEqualTo("PT5S");
        assertThat(demo.get("poll_delay_ms").asLong()).isEqualTo(5000);
        assertThat(demo.at("/last_run/id").asLong()).isEqualTo(1);
        assertThat(demo.at("/last_run/status").asText()).isEqualTo("SUCCEEDED");
        assertThat(demo.at("/last_run/counts/read").asInt()).isEqualTo(301);
        assertThat(demo.get("records_per_second").asDouble()).isPositive();
        assertThat(demo.get("exchanges_total").asLong()).isPositive();
        assertThat(demo.get("last_failure").isNull()).isTrue();
        assertThat(find(routes, "sinkron-ingest").get("internal").asBoolean()).isTrue();
    }

    @Test
    void aDelayScheduledRouteSaysWhenItPollsNextAndThatMovesAfterEachPoll() {
        JsonNode before = await().atMost(Duration.ofSeconds(10)).until(() -> api().get(ROUTE).json(),
                r -> !r.get("polling").asBoolean() && !r.get("last_poll").isNull());
        OffsetDateTime next = time(before, "next_run");
        assertThat(next).isAfter(OffsetDateTime.now());
        // the demo route polls 5 s after the end of its last poll (which waits a second or two on its file's read lock)
        assertThat(next).isBetween(time(before, "last_poll").plusSeconds(5), time(before, "last_poll").plusSeconds(10));

        JsonNode after = await().atMost(Duration.ofSeconds(15)).until(() -> api().get(ROUTE).json(),
                r -> !r.get("polling").asBoolean() && time(r, "last_poll").isAfter(time(before, "last_poll")));

        assertThat(time(after, "last_poll")).isAfterOrEqualTo(next.minusSeconds(1));
        assertThat(time(after, "next_run")).isAfterOrEqualTo(next.plusSeconds(5)).isAfter(OffsetDateTime.now());
    }

    @Test
    void aRouteMadeFromATemplateNamesItsSourceNotThePlaceholder() {
        JsonNode routes = api().get("/api/v1/routes").json().get("routes");

        assertThat(find(routes, "bkkbn-keluarga-drop").get("source").asText()).isEqualTo("bkkbn-keluarga");
    }

    @Test
    void aStoppedRouteDoesNotPullUntilItIsStarted() throws IOException {
        Api.Response stopped = api().post(ROUTE + "/stop", "application/json", "");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("state").asText()).isEqualTo("STOPPED");
        drop();

        // the route polls every 5 s when it runs
        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(10)).until(() -> count("sync_runs") == 0);
        Api.Response again = api().post(ROUTE + "/stop", "application/json", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:sinkron:problem:route-action-refused");

        Api.Response started = api().post(ROUTE + "/start", "application/json", "");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("state").asText()).isEqualTo("STARTED");
        assertThat(awaitRun(1).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aSuspendedRouteIsResumedAndOnlyOnce() {
        assertThat(api().post(ROUTE + "/suspend", "application/json", "").json().get("state").asText()).isEqualTo("SUSPENDED");
        assertThat(api().post(ROUTE + "/suspend", "application/json", "").status()).isEqualTo(409);
        assertThat(api().post(ROUTE + "/run", "application/json", "").status()).isEqualTo(409);

        assertThat(api().post(ROUTE + "/resume", "application/json", "").json().get("state").asText()).isEqualTo("STARTED");
        assertThat(api().post(ROUTE + "/resume", "application/json", "").status()).isEqualTo(409);
    }

    @Test
    void runNowPollsARouteWhoseNextScheduledPollIsAnHourAway() throws IOException {
        Path folder = Files.createDirectories(DROP_DIR.resolve("hourly"));
        Files.writeString(ROUTES_DIR.resolve("extra.yaml"), """
                - route:
                    id: dukcapil-hourly
                    routeConfigurationId: sinkron-default
                    from:
                      uri: file:%s
                      parameters:
                        noop: true
                        initialDelay: 3600000
                        delay: 3600000
                      steps:
                        - setHeader:
                            name: SinkronSource
                            constant: dukcapil-blora
                        - to: direct:sinkron-ingest
                """.formatted(folder));
        assertThat(api().post("/api/v1/routes/reload", "application/json", "").json().get("files").toString())
                .contains("\"outcome\":\"ADDED\"");
        Files.copy(DEMO_FILE, folder.resolve("hourly.csv"), StandardCopyOption.REPLACE_EXISTING);
        JsonNode added = api().get("/api/v1/routes/dukcapil-hourly").json();
        OffsetDateTime firstPoll = time(added, "next_run");
        assertThat(firstPoll).isBetween(OffsetDateTime.now().plusMinutes(59), OffsetDateTime.now().plusMinutes(60));
        assertThat(added.get("last_poll").isNull()).isTrue();

        Api.Response run = api().post("/api/v1/routes/dukcapil-hourly/run", "application/json", "");

        assertThat(run.status()).as(run.body()).isEqualTo(202);
        assertThat(run.json().get("note").asText()).contains("one poll");
        JsonNode pulled = awaitRun(1);
        assertThat(pulled.get("origin").asText()).isEqualTo("hourly.csv");
        assertThat(pulled.at("/counts/read").asInt()).isEqualTo(301);
        // the poll asked for is the route's last poll, and leaves its schedule as it was
        JsonNode polled = api().get("/api/v1/routes/dukcapil-hourly").json();
        assertThat(time(polled, "last_poll")).isBefore(OffsetDateTime.now()).isAfter(OffsetDateTime.now().minusMinutes(1));
        assertThat(time(polled, "next_run")).isEqualTo(firstPoll);
        Files.delete(folder.resolve("hourly.csv"));
    }

    @Test
    void aRouteSwitchedOffByConfigurationIsListedStoppedSayingWhichPropertySwitchesItOn() {
        JsonNode routes = api().get("/api/v1/routes").json().get("routes");

        for (String id : new String[] {"rsud-kafka", "disnaker-amqp", "dinsos-api-schedule", "disdik-api-schedule",
                "simpus-dinkes-poll", "rsud-kelahiran-poll"}) {
            JsonNode route = find(routes, id);
            assertThat(route.get("state").asText()).as(id).isEqualTo("STOPPED");
            assertThat(route.get("disabled_by").asText()).as(id).startsWith("sinkron.").endsWith(".enabled");
        }
        assertThat(find(routes, "simpus-dinkes-poll").get("disabled_by").asText()).isEqualTo("sinkron.pulls.simpus-dinkes.enabled");
        assertThat(find(routes, "dukcapil-blora-csv").get("disabled_by").isNull()).isTrue();
        assertThat(find(routes, "dinsos-api-schedule").get("file").asText()).isEqualTo(ROUTES_DIR.resolve("dinsos-api.yaml").toString());
        assertThat(find(routes, "dinsos-api-schedule").get("description").asText()).isEqualTo("Dinas Sosial REST API, polled on a schedule");
        // issue #7: the SinkronSource header of the broker routes is set inside a filter and an aggregate
        assertThat(find(routes, "rsud-kafka").get("source").asText()).isEqualTo("rsud-kafka");
        assertThat(find(routes, "disnaker-amqp").get("source").asText()).isEqualTo("disnaker-amqp");
        JsonNode health = api().get("/actuator/health").json();
        assertThat(health.at("/components/routes/details/rsud-kafka/state").asText()).isEqualTo("Stopped");
        assertThat(health.at("/components/routes/details/rsud-kafka/disabled_by").asText()).isEqualTo("sinkron.sources.rsud-kafka.enabled");
    }

    @Test
    void aRouteSwitchedOffByConfigurationIsStartedByAnAdministrator() {
        Api.Response started = api().post("/api/v1/routes/disdik-api-schedule/start", "application/json", "");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("state").asText()).isEqualTo("STARTED");
        assertThat(started.json().get("schedule").asText()).isEqualTo("PT15M");
        assertThat(started.json().get("runnable").asBoolean()).isTrue();
        assertThat(api().post("/api/v1/routes/disdik-api-schedule/stop", "application/json", "").json()
                .get("state").asText()).isEqualTo("STOPPED");
    }

    @Test
    void reloadingTheChangedFileOfARouteSwitchedOffByConfigurationLeavesItStopped() throws IOException {
        Path file = ROUTES_DIR.resolve("dinsos-api.yaml");
        Files.writeString(file, "# a comment, nothing else changed\n" + Files.readString(file));

        JsonNode updated = find(api().post("/api/v1/routes/reload", "application/json", "").json().get("files"), file.toString(), "file");

        assertThat(updated.get("outcome").asText()).as(updated.toString()).isEqualTo("UPDATED");
        assertThat(updated.get("routes").toString()).contains("dinsos-api-schedule", "dinsos-api-pull");
        JsonNode schedule = api().get("/api/v1/routes/dinsos-api-schedule").json();
        assertThat(schedule.get("state").asText()).isEqualTo("STOPPED");
        assertThat(schedule.get("disabled_by").asText()).isEqualTo("sinkron.sources.dinsos-api.enabled");
        assertThat(api().get("/api/v1/routes/dinsos-api-pull").json().get("state").asText()).isEqualTo("STARTED");
    }

    @Test
    void anUnknownRouteIsNotFoundAndTheIngestEndpointIsNotControlled() {
        Api.Response unknown = api().post("/api/v1/routes/no-such-route/stop", "application/json", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asText()).isEqualTo("urn:sinkron:problem:unknown-route");
        assertThat(api().get("/api/v1/routes/no-such-route").status()).isEqualTo(404);

        Api.Response ingest = api().post("/api/v1/routes/sinkron-ingest/stop", "application/json", "");
        assertThat(ingest.status()).isEqualTo(409);
        assertThat(ingest.json().get("detail").asText()).contains("every source route");
        assertThat(api().get("/api/v1/routes/sinkron-ingest").json().get("state").asText()).isEqualTo("STARTED");
    }

    @Test
    void aBrokenRouteFileIsRefusedWithItsErrorAndTheOldRouteKeepsPulling() throws IOException {
        Path file = ROUTES_DIR.resolve("dukcapil-blora.yaml");
        Files.writeString(file, Files.readString(file).replace("    from:", "    from: [unclosed\n"));

        Api.Response reload = api().post("/api/v1/routes/reload", "application/json", "");

        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
        assertThat(reload.json().get("refused").asLong()).isEqualTo(1);
        JsonNode refused = find(reload.json().get("files"), file.toString(), "file");
        assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("error").asText()).contains("line");
        assertThat(find(reload.json().get("files"), ROUTES_DIR.resolve("error-handling.yaml").toString(), "file")
                .get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(api().get(ROUTE).json().get("state").asText()).isEqualTo("STARTED");
        drop();
        assertThat(awaitRun(1).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aRouteFileWithAnUnknownStepIsRefusedAndNotAdded() throws IOException {
        Files.writeString(ROUTES_DIR.resolve("extra.yaml"), """
                - route:
                    id: misspelt
                    from:
                      uri: timer:misspelt
                      steps:
                        - lgo: "a step Camel does not know"
                """);

        JsonNode refused = find(api().post("/api/v1/routes/reload", "application/json", "").json().get("files"),
                ROUTES_DIR.resolve("extra.yaml").toString(), "file");

        assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("error").asText()).contains("lgo");
        assertThat(api().get("/api/v1/routes/misspelt").status()).isEqualTo(404);
    }

    @Test
    void aChangedRouteFileReplacesTheRunningRoute() throws IOException {
        Path file = ROUTES_DIR.resolve("dukcapil-blora.yaml");
        Files.writeString(file, Files.readString(file).replace(
                "description: Dukcapil Blora population extract, CSV file drop", "description: Dukcapil Blora, reloaded"));

        JsonNode updated = find(api().post("/api/v1/routes/reload", "application/json", "").json().get("files"), file.toString(), "file");

        assertThat(updated.get("outcome").asText()).isEqualTo("UPDATED");
        JsonNode route = api().get(ROUTE).json();
        assertThat(route.get("description").asText()).isEqualTo("Dukcapil Blora, reloaded");
        assertThat(route.get("state").asText()).isEqualTo("STARTED");
        drop();
        assertThat(awaitRun(1).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aRouteFileAddedWhileItsFolderIsMissingIsRetriedAndStartsWhenTheFolderAppears() throws IOException {
        Path late = DROP_DIR.resolve("late-" + System.nanoTime());
        Files.writeString(ROUTES_DIR.resolve("extra.yaml"), """
                - route:
                    id: extra-late
                    from:
                      uri: file:%s
                      parameters:
                        autoCreate: false
                        startingDirectoryMustExist: true
                        noop: true
                      steps:
                        - log: "extra-late read ${header.CamelFileName}"
                """.formatted(late));

        JsonNode added = find(api().post("/api/v1/routes/reload", "application/json", "").json().get("files"),
                ROUTES_DIR.resolve("extra.yaml").toString(), "file");

        assertThat(added.get("outcome").asText()).as(added.toString()).isEqualTo("ADDED");
        assertThat(added.get("note").asText()).contains("'extra-late'", "retried");
        JsonNode route = await().atMost(Duration.ofSeconds(10)).until(() -> api().get("/api/v1/routes/extra-late").json(),
                r -> r.get("state").asText().equals("RESTARTING") && !r.get("reason").isNull());
        assertThat(route.get("reason").asText()).contains("Starting directory does not exist");
        assertThat(api().get("/actuator/health").json().at("/components/routes/details/extra-late/supervision").asText())
                .isEqualTo("RESTARTING");
        Files.createDirectories(late);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> api().get("/api/v1/routes/extra-late").json().get("state").asText(), "STARTED"::equals);
    }

    @Test
    void aStartedRouteWhoseFolderGoesAwayIsShownFailingWithTheReasonUntilItComesBack() throws IOException {
        Path folder = Files.createDirectories(DROP_DIR.resolve("going-" + System.nanoTime()));
        Files.writeString(ROUTES_DIR.resolve("extra.yaml"), """
                - route:
                    id: extra-going
                    from:
                      uri: file:%s
                      parameters:
                        autoCreate: false
                        directoryMustExist: true
                        noop: true
                        delay: 200
                      steps:
                        - log: "extra-going read ${header.CamelFileName}"
                """.formatted(folder));
        api().post("/api/v1/routes/reload", "application/json", "");
        await().atMost(Duration.ofSeconds(10)).until(() -> api().get("/api/v1/routes/extra-going").json(),
                r -> r.get("state").asText().equals("STARTED") && !r.get("last_poll").isNull());
        assertThat(api().get("/api/v1/routes/extra-going").json().get("failing_since").isNull()).isTrue();

        Files.delete(folder);

        JsonNode route = await().atMost(Duration.ofSeconds(10)).until(() -> api().get("/api/v1/routes/extra-going").json(),
                r -> !r.get("failing_since").isNull());
        assertThat(route.get("state").asText()).isEqualTo("STARTED");
        assertThat(route.get("last_failure").asText()).contains(folder.getFileName().toString());
        JsonNode health = api().get("/actuator/health").json().at("/components/routes");
        assertThat(health.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.at("/details/extra-going/source").asText()).isEqualTo("FAILING");
        assertThat(health.at("/details/extra-going/last_error").asText()).contains(folder.getFileName().toString());
        assertThat(health.at("/details/dukcapil-blora-csv/source").isMissingNode()).as("the other routes are not failing").isTrue();

        Files.createDirectories(folder);

        await().atMost(Duration.ofSeconds(10)).until(() -> api().get("/api/v1/routes/extra-going").json().get("failing_since").isNull());
        assertThat(api().get("/actuator/health").json().at("/components/routes/details/extra-going/source").isMissingNode()).isTrue();
    }

    @Test
    void aTimerRouteShowsWhenItLastFiredAndWhenItFiresNext() throws IOException {
        Files.writeString(ROUTES_DIR.resolve("extra.yaml"), """
                - route:
                    id: extra-tick
                    from:
                      uri: timer:tick
                      parameters:
                        delay: 200
                        period: 3000
                      steps:
                        - log: "extra-tick fired"
                """);
        api().post("/api/v1/routes/reload", "application/json", "");

        JsonNode route = await().atMost(Duration.ofSeconds(10)).until(() -> api().get("/api/v1/routes/extra-tick").json(),
                r -> !r.get("last_poll").isNull() && !r.get("next_run").isNull());

        assertThat(route.get("schedule").asText()).isEqualTo("PT3S");
        java.time.OffsetDateTime fired = java.time.OffsetDateTime.parse(route.get("last_poll").asText());
        java.time.OffsetDateTime next = java.time.OffsetDateTime.parse(route.get("next_run").asText());
        assertThat(Duration.between(fired, next).toMillis()).as(route.toString()).isBetween(2_900L, 3_100L);
        JsonNode later = await().atMost(Duration.ofSeconds(10)).until(() -> api().get("/api/v1/routes/extra-tick").json(),
                r -> !r.get("last_poll").isNull() && !r.get("last_poll").asText().equals(route.get("last_poll").asText()));
        assertThat(java.time.OffsetDateTime.parse(later.get("last_poll").asText())).isAfter(fired.plusSeconds(2));
    }

    @Test
    void aNewRouteFileIsAddedAndStartedAndRemovedWithItsFile() throws IOException {
        Files.writeString(ROUTES_DIR.resolve("extra.yaml"), """
                - route:
                    id: extra-timer
                    description: added while Sinkron runs
                    from:
                      uri: timer:extra
                      parameters:
                        period: 60000
                      steps:
                        - log: "extra"
                """);

        JsonNode added = find(api().post("/api/v1/routes/reload", "application/json", "").json().get("files"),
                ROUTES_DIR.resolve("extra.yaml").toString(), "file");

        assertThat(added.get("outcome").asText()).isEqualTo("ADDED");
        assertThat(added.get("routes").get(0).asText()).isEqualTo("extra-timer");
        JsonNode route = api().get("/api/v1/routes/extra-timer").json();
        assertThat(route.get("state").asText()).isEqualTo("STARTED");
        assertThat(route.get("description").asText()).isEqualTo("added while Sinkron runs");

        Files.delete(ROUTES_DIR.resolve("extra.yaml"));
        JsonNode removed = find(api().post("/api/v1/routes/reload", "application/json", "").json().get("files"),
                ROUTES_DIR.resolve("extra.yaml").toString(), "file");
        assertThat(removed.get("outcome").asText()).isEqualTo("REMOVED");
        assertThat(api().get("/api/v1/routes/extra-timer").status()).isEqualTo(404);
    }

    private void drop() throws IOException {
        Files.copy(DEMO_FILE, DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"), StandardCopyOption.REPLACE_EXISTING);
    }

    private JsonNode awaitRun(long id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> api().get("/api/v1/sync-runs/" + id),
                r -> r.status() == 200 && !r.json().get("status").asText().equals("RUNNING")).json();
    }

    private static OffsetDateTime time(JsonNode route, String field) {
        return OffsetDateTime.parse(route.get(field).asText());
    }

    private static JsonNode find(JsonNode list, String id) {
        return find(list, id, "id");
    }

    private static JsonNode find(JsonNode list, String value, String field) {
        for (JsonNode item : list) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + list);
    }

    private static Path routesCopy() {
        return Folders.copyOf(Path.of("routes"));
    }
}
