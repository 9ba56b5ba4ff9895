package id.sinkron.security;

import id.sinkron.normalize.Masks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every call of the API ({@code /api/**}) in the audit log once it is answered: reads of personal data,
 * exports, administration and refusals alike, with the endpoint's path pattern as the action. The entry is
 * written after the answer, when its outcome is known; should that write fail, the failure is logged as an error
 * (the answer has already gone).
 */
final class AccessLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final Pattern PERSON = Pattern.compile("^/api/v1/persons/([0-9a-fA-F-]{36})(?:/.*)?$");
    /** Person search terms other than NIKs (those are masked as numbers): which were used is kept, not their value. */
    private static final Pattern SEARCH_TERM = Pattern.compile("(?<=(?:^|&)(?:name|birth_date)=)[^&]*");
    private static final int MAX_TEXT = 2_000;

    private final AccessRecords trail;

    AccessLog(AccessRecords trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = Instant.now();
        try {
            chain.doFilter(request, response);
        } finally {
            // taken before the chain returns: the security context is cleared once it has
            record(request, response.getStatus(), at, Caller.current());
        }
    }

    private void record(HttpServletRequest request, int status, Instant at, Optional<Caller> caller) {
        try {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String path = cut(request.getRequestURI());
            String action = request.getMethod() + " " + (pattern == null ? path : pattern);
            trail.append(new AccessEntry(at,
                    caller.map(Caller::actor).orElse("anonymous"),
                    caller.map(c -> c.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))).orElse(""),
                    caller.map(Caller::agency).orElse(null),
                    action, request.getMethod(), Masks.numbersIn(path), cut(Masks.numbersIn(withoutSearchTerms(request.getQueryString()))), person(path),
                    request.getRemoteAddr(), status, AccessEntry.Outcome.of(status)));
        } catch (RuntimeException e) {
            log.error("Could not write the audit entry of {} {} (status {})", request.getMethod(), request.getRequestURI(), status, e);
        }
    }

    private static UUID person(String path) {
        Matcher m = PERSON.matcher(path);
        if (!m.matches()) {
            return null;
        }
        try {
            return UUID.fromString(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String withoutSearchTerms(String query) {
        return query == null ? null : SEARCH_TERM.matcher(query).replaceAll("***");
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
