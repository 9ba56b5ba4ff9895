package id.sinkron.security.web;

import id.sinkron.security.Caller;
import id.sinkron.security.Role;
import id.sinkron.web.NotFound;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: the console shows it and uses it to offer only what the caller's roles allow. */
@RestController
class MeController {

    /** The caller as the audit log names it, its roles and, for an agency key, its agency. */
    record MeView(String actor, Set<Role> roles, String agency) {}

    @GetMapping("/api/v1/me")
    MeView me() {
        Caller caller = Caller.current().orElseThrow(() -> new NotFound("no authenticated caller"));
        return new MeView(caller.actor(), caller.roles(), caller.agency());
    }
}
