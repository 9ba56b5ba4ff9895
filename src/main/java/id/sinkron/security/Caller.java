package id.sinkron.security;

import id.sinkron.web.Forbidden;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller of the current request.
 *
 * @param actor how the audit log names it: {@code key:<prefix>} for an API key, {@code oidc:<subject>} for a token
 * @param roles its roles
 * @param agency the agency an AGENCY caller acts for; null for staff
 */
public record Caller(String actor, Set<Role> roles, String agency) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of the current request, if it is authenticated. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication c ? Optional.of(c.caller()) : Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the caller sees only its own agency's things: an AGENCY caller with no staff role. */
    public boolean agencyScoped() {
        return has(Role.AGENCY) && !has(Role.ADMIN);
    }

    /**
     * Refuses (403) an agency-scoped caller access to another agency's {@code owner}; staff pass.
     *
     * @throws Forbidden when the caller is scoped to another agency
     */
    public void requireAccessTo(String owner, String what) {
        if (agencyScoped() && !agency.equals(owner)) {
            throw new Forbidden(what + " belongs to another agency");
        }
    }

    /** {@link #requireAccessTo} for the caller of the current request; unauthenticated (internal) calls pass. */
    public static void checkAccessTo(String owner, String what) {
        current().ifPresent(c -> c.requireAccessTo(owner, what));
    }
}
