package id.sinkron.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first key. With {@code sinkron.security.bootstrap-key} set, that key is stored (once) with the bootstrap
 * roles. Otherwise, when no active key exists (a fresh installation), an administrator key is generated and
 * printed once to standard output, not to the log: log files are shipped and kept, and keys never go there.
 */
@Component
class BootstrapKey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapKey.class);

    private final ApiKeys keys;
    private final SecuritySettings settings;

    BootstrapKey(ApiKeys keys, SecuritySettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String configured = settings.bootstrapKey();
        if (configured != null && !configured.isBlank()) {
            ApiKey key = keys.storeIfAbsent(configured, "bootstrap", settings.bootstrapRoles());
            log.info("Bootstrap key {} (from sinkron.security.bootstrap-key) is stored", key.prefix());
            return;
        }
        if (keys.anyActive()) {
            return;
        }
        ApiKeys.Issued issued = keys.issue("bootstrap administrator", settings.bootstrapRoles(), null, null, "bootstrap");
        log.warn("No API key existed: a bootstrap administrator key {} was issued and printed once to standard output", issued.key().prefix());
        System.out.println();
        System.out.println("  Sinkron bootstrap administrator key (shown once; store it now, issue others with it):");
        System.out.println("  SINKRON_KEY=" + issued.secret());
        System.out.println();
    }
}
