package id.sinkron.security;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An API key as administrators see it: never the key itself, only its first characters.
 *
 * @param prefix the key's first characters, e.g. {@code sk_AbCdEfGh}, to tell keys apart
 * @param agency the agency an AGENCY key acts for
 * @param expiresAt after this the key is refused; null: never
 * @param revokedAt when it was revoked; null: active
 */
public record ApiKey(
        long id, String prefix, String name, List<Role> roles, String agency, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

    public ApiKey {
        roles = List.copyOf(roles);
    }
}
