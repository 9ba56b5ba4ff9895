package id.sinkron.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may call what: the one table of paths and roles. Deny by default: a path not listed here answers 403 to
 * every caller (401 without credentials). A module that adds an endpoint adds its row here; rows are matched
 * top down, so more specific paths come first. Agency scope (an agency's own subscriptions and sources) is
 * checked by the controllers with {@link Caller#requireAccessTo}, since it depends on the addressed thing.
 *
 * <pre>
 * path                                   method  roles
 * /actuator/health/**, /actuator/info    GET     anyone
 * /v3/api-docs/**, /swagger-ui/**        GET     anyone (the API's description holds no data)
 * /console/**, /webjars/**               GET     anyone (the console's files and libraries hold no data)
 * /actuator/prometheus                   GET     ADMIN
 * /api/v1/keys/**                        any     ADMIN
 * /api/v1/sources                        GET     ADMIN, AUDITOR
 * /api/v1/sources/reload                 POST    ADMIN
 * /api/v1/sources/{source}/records       POST    ADMIN, AGENCY (its own sources)
 * /api/v1/sources/{source}/watermark     GET     ADMIN, AUDITOR;  DELETE  ADMIN
 * /api/v1/regions/**                     GET     any role (reference data)
 * /api/v1/persons/**                     GET     STEWARD, AUDITOR (with /persons/{id}/services, /links and /merges)
 * /api/v1/persons/{id}/merge, /unmerge   POST    STEWARD
 * /api/v1/services/**                    GET     STEWARD, AUDITOR
 * /api/v1/review-items/**                GET     STEWARD;  POST {id}/decision  STEWARD
 * /api/v1/feed/**                        GET     STEWARD, AUDITOR
 * /api/v1/xref/export                    GET     AUDITOR, STEWARD
 * /api/v1/sync-runs/**                   GET     ADMIN, AUDITOR (with /sync-runs/{id}/rejections.csv)
 * /api/v1/stats/runs, …/rejection-reasons GET    ADMIN, AUDITOR
 * /api/v1/stats/match-scores             GET     ADMIN, AUDITOR, STEWARD
 * /api/v1/routes/**                      GET     ADMIN, AUDITOR;  POST  ADMIN (start, stop, run now, reload)
 * /api/v1/subscriptions/**               any     ADMIN, AGENCY (its own subscriptions)
 * /api/v1/audit/**, /api/v1/audit.csv    GET/POST AUDITOR
 * anything else                                  nobody
 * </pre>
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String STEWARD = Role.STEWARD.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String AGENCY = Role.AGENCY.name();
    /** Scripts only from the service itself: personal data shown in the console cannot carry script with it. */
    private static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, AccessRecords trail, ObjectMapper json, SecuritySettings settings,
            ObjectProvider<JwtDecoder> oidc) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: every call carries its credentials
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // the console's pages run only the console's own scripts, and are never framed
                .headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PathPatternRequestMatcher.withDefaults().matcher("/console/**"),
                        new StaticHeadersWriter("Content-Security-Policy", CONSOLE_POLICY))))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()))
                // the access log wraps authentication, so refusals (401, 403) are recorded too
                .addFilterAfter(new AccessLog(trail), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiKeyFilter(keys, problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new BodyLimit(settings.maxBodySize(), problems), AccessLog.class)
                .authorizeHttpRequests(a -> a
                        // the second dispatch of a streamed answer (exports) and the error page: the request was
                        // authorized when it came in, and its credentials are not read again
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // the console's static files hold no data: its pages call the API with the caller's key
                        .requestMatchers(GET, "/", "/console", "/console/", "/console/**").permitAll()
                        .requestMatchers(GET, "/webjars/**").permitAll()
                        .requestMatchers(GET, "/api/v1/me").authenticated()
                        .requestMatchers(GET, "/actuator/prometheus").hasRole(ADMIN)
                        .requestMatchers("/api/v1/keys", "/api/v1/keys/**").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/v1/sources").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(POST, "/api/v1/sources/reload").hasRole(ADMIN)
                        .requestMatchers(POST, "/api/v1/sources/*/records").hasAnyRole(ADMIN, AGENCY)
                        .requestMatchers(GET, "/api/v1/sources/*/watermark").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(DELETE, "/api/v1/sources/*/watermark").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/v1/regions", "/api/v1/regions/**").hasAnyRole(ADMIN, STEWARD, AUDITOR, AGENCY)
                        .requestMatchers(GET, "/api/v1/persons", "/api/v1/persons/**").hasAnyRole(STEWARD, AUDITOR)
                        .requestMatchers(POST, "/api/v1/persons/*/merge", "/api/v1/persons/*/unmerge").hasRole(STEWARD)
                        .requestMatchers(GET, "/api/v1/services/**").hasAnyRole(STEWARD, AUDITOR)
                        .requestMatchers(GET, "/api/v1/review-items", "/api/v1/review-items/*").hasRole(STEWARD)
                        .requestMatchers(POST, "/api/v1/review-items/*/decision").hasRole(STEWARD)
                        .requestMatchers(GET, "/api/v1/feed/**").hasAnyRole(STEWARD, AUDITOR)
                        .requestMatchers(GET, "/api/v1/xref/export").hasAnyRole(AUDITOR, STEWARD)
                        .requestMatchers(GET, "/api/v1/sync-runs/*/rejections.csv").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(GET, "/api/v1/sync-runs", "/api/v1/sync-runs/**").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(GET, "/api/v1/stats/runs", "/api/v1/stats/rejection-reasons").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(GET, "/api/v1/stats/match-scores").hasAnyRole(ADMIN, AUDITOR, STEWARD)
                        .requestMatchers(GET, "/api/v1/routes", "/api/v1/routes/**").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(POST, "/api/v1/routes/**").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/v1/match/keys").hasRole(ADMIN)
                        .requestMatchers(POST, "/api/v1/match/keys/rebuild").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/v1/subscriptions", "/api/v1/subscriptions/**").hasAnyRole(ADMIN, AGENCY)
                        .requestMatchers(POST, "/api/v1/subscriptions", "/api/v1/subscriptions/**").hasAnyRole(ADMIN, AGENCY)
                        .requestMatchers(DELETE, "/api/v1/subscriptions/**").hasAnyRole(ADMIN, AGENCY)
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit.csv").hasRole(AUDITOR)
                        .requestMatchers(POST, "/api/v1/audit/verify").hasRole(AUDITOR)
                        .anyRequest().denyAll());
        JwtDecoder decoder = oidc.getIfAvailable();
        if (decoder != null) {
            DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(o -> o
                    .bearerTokenResolver(request -> {
                        String token = tokens.resolve(request);
                        return ApiKeyFilter.isApiKey(token) ? null : token;
                    })
                    .authenticationEntryPoint(problems.unauthorized())
                    .accessDeniedHandler(problems.forbidden())
                    .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(new OidcCallers(settings))));
        }
        return http.build();
    }

    /**
     * A request the firewall refuses (an encoded slash or dot segment: path traversal; a semicolon, a backslash,
     * a non-printable character) is the caller's mistake: a 400 problem, not the 500 Spring would answer.
     */
    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "the request path is not accepted: " + e.getMessage());
    }
}
