package id.sinkron.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI description of the HTTP API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). Schemas
 * come from the application's own ObjectMapper, so they show the snake_case names the API really uses. It declares
 * the credentials the service accepts, so the page's Authorize button and "Try it out" send them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    private static final String PROBLEM = "ProblemDetail";
    /** {@code Authorization: Bearer}: an API key or an OIDC access token (security.ApiKeyFilter, the resource server). */
    private static final String BEARER = "bearer";
    /** {@code X-API-Key}: an API key, for clients that cannot set Authorization. */
    private static final String API_KEY = "apiKey";

    @Bean
    OpenAPI sinkronApi(@Value("${info.app.version:dev}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Sinkron")
                        .version(version)
                        .description("""
                                Sinkron keeps one canonical record of every citizen for a regency's agencies: it takes \
                                agency records pulled by routes or pushed here, normalizes and validates them, links them \
                                to golden persons, and publishes every golden change in an ordered change feed and to \
                                subscriptions. Every error is an RFC 9457 problem (application/problem+json).""")
                        .license(new License().name("Personal data under UU 27/2022 (Pelindungan Data Pribadi)")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API key (sk_…) or an OIDC access token (a JWT from the configured issuer)."))
                        .addSecuritySchemes(API_KEY, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-API-Key")
                                .description("An API key (sk_…), for clients that cannot set the Authorization header.")))
                // either one: two requirements are alternatives
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    /** Schemas as the application's ObjectMapper writes them: snake_case, not swagger's own camelCase. */
    @Bean
    ModelResolver modelResolver(ObjectMapper objectMapper) {
        return new ModelResolver(objectMapper);
    }

    /** Every operation may answer a problem; its schema is Spring's {@link ProblemDetail}. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            ResolvedSchema resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(ProblemDetail.class));
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            if (resolved.schema != null) {
                // ProblemDetail writes its extra properties (run_id, errors…) at the top level, not under "properties"
                Schema<?> schema = resolved.schema;
                schema.getProperties().remove("properties");
                schema.setAdditionalProperties(true);
                api.getComponents().addSchemas(PROBLEM, schema);
            }
            Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5"));
                operation.getResponses().addApiResponse("default", new ApiResponse()
                        .description("an RFC 9457 problem: 400 bad request, 404 not found, 415, 500…")
                        .content(problem));
            }));
        };
    }
}
