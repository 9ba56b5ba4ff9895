package id.sinkron.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records administrative actions in the service log (logger {@code id.sinkron.audit.AdminActions}) until the
 * audit table takes them; the log line names the actor, action, target and outcome.
 */
@Component
class LoggedAdminActions implements AdminActions {

    private static final Logger log = LoggerFactory.getLogger(AdminActions.class);

    @Override
    public void record(String actor, String action, String target, String outcome) {
        log.info("Admin action {} on {} by {}: {}", action, target, actor, outcome);
    }
}
