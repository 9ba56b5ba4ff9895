package id.sinkron.audit;

import id.sinkron.normalize.Masks;
import id.sinkron.security.AccessEntry;
import id.sinkron.security.Caller;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records administrative actions in the hash-chained audit log, beside the API call that asked for them: an entry
 * of method {@value AdminActions#METHOD} with the action ({@code route.stop}), the target as its path and the outcome text as
 * its detail (kept in the query column), so an auditor sees who stopped which route, and which file a reload
 * refused and why. The same line goes to the service log (logger {@code id.sinkron.audit.AdminActions}).
 */
@Component
class AuditedAdminActions implements AdminActions {

    private static final Logger log = LoggerFactory.getLogger(AdminActions.class);
    private static final int MAX_TEXT = 2_000;

    private final AuditTrail trail;

    AuditedAdminActions(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void record(String actor, String action, String target, String outcome) {
        log.info("Admin action {} on {} by {}: {}", action, target, actor, outcome);
        // the roles and agency of the request's caller, when it is the one who acted
        Caller caller = Caller.current().filter(c -> c.actor().equals(actor)).orElse(null);
        try {
            trail.append(new AccessEntry(Instant.now(), actor,
                    caller == null ? "" : caller.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                    caller == null ? null : caller.agency(),
                    action, METHOD, cut(target == null ? "" : target), cut(Masks.numbersIn(outcome)), null, null, 0, outcomeOf(outcome)));
        } catch (RuntimeException e) {
            // the action has been done (or refused) already; what it did is in the service log line above
            log.error("Could not write the audit entry of admin action {} on {} by {}", action, target, actor, e);
        }
    }

    /** {@code done} and what a reload did to a file are allowed; refused and failed actions failed. */
    static AccessEntry.Outcome outcomeOf(String outcome) {
        String text = outcome.toLowerCase(Locale.ROOT);
        return text.startsWith("refused") || text.startsWith("failed") ? AccessEntry.Outcome.FAILED : AccessEntry.Outcome.ALLOWED;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
