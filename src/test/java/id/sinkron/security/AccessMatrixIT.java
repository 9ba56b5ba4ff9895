package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matrix of roles × endpoints: without credentials every endpoint but health and the API description answers
 * 401; with a role the path table does not grant, 403; with a granted role, anything but 401 and 403 (the
 * request itself may still be a 404 or 400). Agency scope within a granted path is {@link AgencyScopeIT}'s.
 */
class AccessMatrixIT extends IntegrationTest {

    static final String DINSOS = "Dinas Sosial Kabupaten Blora";
    private static final UUID NOBODY = UUID.fromString("00000000-0000-4000-8000-000000000000");

    private final Map<Role, Api> as = new EnumMap<>(Role.class);

    @BeforeEach
    void oneKeyPerRole() {
        for (Role role : Role.values()) {
            as.put(role, api().as(Keys.issue(api(), role, role == Role.AGENCY ? DINSOS : null)));
        }
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                row("GET", "/api/v1/persons/" + NOBODY, Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons?nik=3316010101800001", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons?name=wahyuni&birth_date=1987-09-05&village_code=3316091006", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons/" + NOBODY + "/versions", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons/" + NOBODY + "/links", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons/" + NOBODY + "/lineage?field=birth_date", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons/" + NOBODY + "/merges", Role.STEWARD, Role.AUDITOR),
                row("POST", "/api/v1/persons/" + NOBODY + "/merge", Role.STEWARD),
                row("POST", "/api/v1/persons/" + NOBODY + "/unmerge", Role.STEWARD),
                row("GET", "/api/v1/feed/persons", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/feed/services", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/persons/" + NOBODY + "/services", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/services/" + NOBODY, Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/services/" + NOBODY + "/versions", Role.STEWARD, Role.AUDITOR),
                row("GET", "/api/v1/xref/export", Role.AUDITOR, Role.STEWARD),
                row("GET", "/api/v1/review-items", Role.STEWARD),
                row("GET", "/api/v1/review-items/999999", Role.STEWARD),
                row("POST", "/api/v1/review-items/999999/decision", Role.STEWARD),
                row("GET", "/api/v1/sync-runs", Role.ADMIN, Role.AUDITOR),
                row("GET", "/api/v1/sync-runs/999999/rejections", Role.ADMIN, Role.AUDITOR),
                row("GET", "/api/v1/sync-runs/999999/rejections.csv", Role.ADMIN, Role.AUDITOR),
                row("GET", "/api/v1/stats/runs?days=30", Role.ADMIN, Role.AUDITOR),
                row("GET", "/api/v1/stats/rejection-reasons", Role.ADMIN, Role.AUDITOR),
                row("GET", "/api/v1/stats/match-scores", Role.ADMIN, Role.AUDITOR, Role.STEWARD),
                row("GET", "/api/v1/sources", Role.ADMIN, Role.AUDITOR),
                row("POST", "/api/v1/sources/reload", Role.ADMIN),
                row("POST", "/api/v1/routes/reload", Role.ADMIN),
                row("GET", "/api/v1/routes", Role.ADMIN, Role.AUDITOR),
                row("GET", "/api/v1/routes/no-such-route", Role.ADMIN, Role.AUDITOR),
                row("POST", "/api/v1/routes/no-such-route/stop", Role.ADMIN),
                row("GET", "/api/v1/match/keys", Role.ADMIN),
                row("POST", "/api/v1/match/keys/rebuild", Role.ADMIN),
                row("GET", "/api/v1/sources/simpus-dinkes/watermark", Role.ADMIN, Role.AUDITOR),
                row("DELETE", "/api/v1/sources/simpus-dinkes/watermark", Role.ADMIN),
                row("POST", "/api/v1/sources/dinsos-dtks/records", Role.ADMIN, Role.AGENCY),
                row("GET", "/api/v1/regions/33.16", Role.ADMIN, Role.STEWARD, Role.AUDITOR, Role.AGENCY),
                row("GET", "/api/v1/subscriptions", Role.ADMIN, Role.AGENCY),
                row("POST", "/api/v1/subscriptions", Role.ADMIN, Role.AGENCY),
                row("DELETE", "/api/v1/subscriptions/999999", Role.ADMIN, Role.AGENCY),
                row("GET", "/api/v1/keys", Role.ADMIN),
                row("POST", "/api/v1/keys", Role.ADMIN),
                row("DELETE", "/api/v1/keys/999999", Role.ADMIN),
                row("GET", "/api/v1/audit", Role.AUDITOR),
                row("GET", "/api/v1/audit.csv", Role.AUDITOR),
                row("POST", "/api/v1/audit/verify", Role.AUDITOR),
                row("GET", "/actuator/prometheus", Role.ADMIN),
                row("GET", "/api/v1/me", Role.ADMIN, Role.STEWARD, Role.AUDITOR, Role.AGENCY),
                // deny by default: a path the table does not name is nobody's
                row("GET", "/api/v1/not-in-the-table"),
                row("POST", "/api/v1/persons/" + NOBODY));
    }

    private static Arguments row(String method, String path, Role... allowed) {
        return Arguments.of(method, path, Set.of(allowed));
    }

    @ParameterizedTest(name = "{0} {1} allows {2}")
    @MethodSource("endpoints")
    void eachRoleReachesOnlyItsEndpoints(String method, String path, Set<Role> allowed) {
        assertThat(call(api().anonymous(), method, path).status()).as("anonymous " + method + " " + path).isEqualTo(401);
        for (Role role : Role.values()) {
            Api.Response response = call(as.get(role), method, path);
            if (allowed.contains(role)) {
                assertThat(response.status()).as(role + " " + method + " " + path + ": " + response.body()).isNotIn(401, 403);
            } else {
                assertThat(response.status()).as(role + " " + method + " " + path + ": " + response.body()).isEqualTo(403);
                assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:forbidden");
            }
        }
    }

    /** What holds no data answers anyone, with or without credentials, whatever their roles. */
    @ParameterizedTest(name = "GET {0} answers anyone")
    @ValueSource(strings = {"/actuator/health", "/v3/api-docs", "/v3/api-docs.yaml"})
    void publicEndpointsAnswerAnyone(String path) {
        assertThat(api().anonymous().get(path).status()).as("anonymous GET " + path).isEqualTo(200);
        for (Role role : Role.values()) {
            assertThat(as.get(role).get(path).status()).as(role + " GET " + path).isEqualTo(200);
        }
    }

    private static Api.Response call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            case "POST" -> path.endsWith("/records")
                    ? api.push("dinsos-dtks", "application/x-ndjson", "")
                    : api.post(path, "application/json", path.endsWith("/subscriptions")
                            ? "{\"agency\": \"" + DINSOS + "\", \"delivery\": \"PULL\"}"
                            : path.endsWith("/keys") ? "{\"name\": \"matrix\", \"roles\": [\"AUDITOR\"]}" : "{}");
            default -> throw new IllegalArgumentException(method);
        };
    }
}
