package id.sinkron.security;

import id.sinkron.normalize.Masks;
import java.util.function.UnaryOperator;

/**
 * Whether the caller of the current request sees NIK and KK numbers in clear. Stewards do (matching work needs
 * them); administrators and auditors see them masked; an agency sees what its entitlements allow, applied where
 * its events are rendered. Calls outside a request (routes, deliveries) are Sinkron's own.
 */
public final class Disclosure {

    private Disclosure() {}

    /** True when the current caller must get identity numbers masked in what this request answers. */
    public static boolean masked() {
        return Caller.current().map(c -> !c.has(Role.STEWARD) && !c.agencyScoped()).orElse(false);
    }

    /** Masks every run of 15 to 17 digits in a text for a caller who may not see them; the identity for others. */
    public static UnaryOperator<String> numbersInText() {
        return masked() ? Masks::numbersIn : UnaryOperator.identity();
    }
}
