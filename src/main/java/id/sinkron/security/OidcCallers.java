package id.sinkron.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated OIDC access token into a {@link Caller}: roles from the roles claim (a list or a
 * space-separated string; unknown names are ignored), the agency from the agency claim. AGENCY without an
 * agency claim is dropped, so such a token can never see every agency.
 */
final class OidcCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings settings;

    OidcCallers(SecuritySettings settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object claim = jwt.getClaims().get(settings.rolesClaim());
        Collection<?> names = claim instanceof Collection<?> c ? c : claim instanceof String s ? List.of(s.split("\\s+")) : List.of();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(String.valueOf(name).toUpperCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
        }
        String agency = jwt.getClaimAsString(settings.agencyClaim());
        if (agency == null || agency.isBlank()) {
            roles.remove(Role.AGENCY);
            agency = null;
        }
        return new CallerAuthentication(new Caller("oidc:" + jwt.getSubject(), roles, agency));
    }
}
