package id.sinkron.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One call of the API as the audit log keeps it: who, when, what, from where, with what outcome.
 *
 * @param actor {@code key:<prefix>}, {@code oidc:<subject>} or {@code anonymous}
 * @param roles the caller's roles, comma-separated
 * @param action the method and the endpoint's path pattern, e.g. {@code GET /api/v1/persons/{id}}
 * @param query the query string with identity numbers masked
 * @param personId the person the call addressed, if any
 * @param remote the caller's address
 * @param status the HTTP status answered
 */
public record AccessEntry(
        Instant at, String actor, String roles, String agency, String action, String method, String path, String query,
        UUID personId, String remote, int status, Outcome outcome) {

    /** How the call ended. */
    public enum Outcome {
        /** answered (2xx, 3xx) */
        ALLOWED,
        /** refused: no or bad credentials (401), or a role or agency that may not (403) */
        DENIED,
        /** the caller's mistake or Sinkron's failure (other 4xx, 5xx) */
        FAILED;

        public static Outcome of(int status) {
            return status == 401 || status == 403 ? DENIED : status >= 400 ? FAILED : ALLOWED;
        }
    }

    public AccessEntry {
        // PostgreSQL keeps microseconds: the hash must cover the instant as it will be read back
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
