package id.sinkron.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer sk_...} (or {@code X-API-Key: sk_...}). A key that is unknown,
 * revoked or expired is answered 401 at once rather than treated as anonymous. Other bearer tokens are left to
 * the OIDC resource server, when one is configured.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ProblemResponses problems;

    ApiKeyFilter(ApiKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    static boolean isApiKey(String token) {
        return token != null && token.startsWith(ApiKeys.PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = secret(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = keys.authenticate(secret);
        if (key.isEmpty()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "the API key is unknown, revoked or expired");
            return;
        }
        ApiKey k = key.get();
        Caller caller = new Caller("key:" + k.prefix(), k.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(k.roles()), k.agency());
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller));
        chain.doFilter(request, response);
    }

    private static String secret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = header.substring(BEARER.length()).trim();
            return isApiKey(token) ? token : null;
        }
        String key = request.getHeader(HEADER);
        return key == null || key.isBlank() ? null : key.trim();
    }
}
