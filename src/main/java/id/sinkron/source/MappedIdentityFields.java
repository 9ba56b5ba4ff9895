package id.sinkron.source;

import id.sinkron.security.IdentityFields;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The native columns the declared sources map to {@code nik} and {@code kk_number}, as of their last (re)load. */
@Component
class MappedIdentityFields implements IdentityFields {

    private static final Set<String> IDENTITY = Set.of("nik", "kk_number");

    private final Sources sources;

    MappedIdentityFields(Sources sources) {
        this.sources = sources;
    }

    @Override
    public Set<String> nativeNames() {
        return sources.all().stream()
                .flatMap(s -> s.mapping().rules().entrySet().stream())
                .filter(rule -> IDENTITY.contains(rule.getKey()))
                .flatMap(rule -> rule.getValue().from().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
