package id.sinkron.security.web;

import id.sinkron.security.ApiKey;
import id.sinkron.security.ApiKeys;
import id.sinkron.security.Caller;
import id.sinkron.security.Role;
import id.sinkron.web.BadRequest;
import id.sinkron.web.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API keys, administered by ADMIN callers: issued (the key is shown once), listed (prefixes only) and revoked. */
@RestController
@RequestMapping("/api/v1/keys")
class KeysController {

    private final ApiKeys keys;

    KeysController(ApiKeys keys) {
        this.keys = keys;
    }

    /** A key to issue; an AGENCY key names its agency as sources and subscriptions name it. */
    record NewKey(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty Set<Role> roles,
            @Size(max = 200) String agency,
            OffsetDateTime expiresAt) {}

    /** The issued key: {@code secret} is shown this once and never stored. */
    record IssuedView(ApiKey key, String secret, String note) {}

    @PostMapping
    ResponseEntity<IssuedView> issue(@Valid @RequestBody NewKey request) {
        if (request.roles().contains(Role.AGENCY) != (request.agency() != null)) {
            throw new BadRequest("an AGENCY key needs an agency, and only an AGENCY key has one");
        }
        if (request.expiresAt() != null && request.expiresAt().isBefore(OffsetDateTime.now())) {
            throw new BadRequest("expires_at is in the past");
        }
        String by = Caller.current().map(Caller::actor).orElse("unknown");
        ApiKeys.Issued issued = keys.issue(request.name(), EnumSet.copyOf(request.roles()), request.agency(), request.expiresAt(), by);
        return ResponseEntity.created(URI.create("/api/v1/keys/" + issued.key().id()))
                .body(new IssuedView(issued.key(), issued.secret(), "store the secret now: Sinkron keeps only its hash and cannot show it again"));
    }

    @GetMapping
    List<ApiKey> list() {
        return keys.list();
    }

    @GetMapping("/{id}")
    ApiKey get(@PathVariable long id) {
        return keys.find(id).orElseThrow(() -> new NotFound("no API key " + id));
    }

    /** Revokes the key at once; revoking twice is harmless. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        get(id);
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
