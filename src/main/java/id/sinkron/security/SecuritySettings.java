package id.sinkron.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Authentication and data protection ({@code sinkron.security.*}).
 *
 * @param bootstrapKey an API key ({@code sk_...}) stored at start-up if absent, for operators and tests that
 *     choose the first key; empty: when no active key exists, one is generated and printed once
 * @param bootstrapRoles the roles of the bootstrap key
 * @param agenciesDir directory of the agencies' field entitlements, one YAML file per agency
 * @param rolesClaim the claim of an OIDC token that lists Sinkron roles
 * @param agencyClaim the claim of an OIDC token that names the caller's agency
 * @param maxBodySize the largest request body accepted (pushes); larger ones are refused with 413
 */
@Validated
@ConfigurationProperties("sinkron.security")
public record SecuritySettings(
        @Pattern(regexp = "(sk_[A-Za-z0-9_-]{32,})?", message = "must be sk_ followed by at least 32 characters of base64url") String bootstrapKey,
        @DefaultValue("ADMIN") @NotEmpty Set<Role> bootstrapRoles,
        @DefaultValue("config/agencies") @NotNull Path agenciesDir,
        @DefaultValue("roles") @NotBlank String rolesClaim,
        @DefaultValue("agency") @NotBlank String agencyClaim,
        @DefaultValue("256MB") @NotNull DataSize maxBodySize) {}
