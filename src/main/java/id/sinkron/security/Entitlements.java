package id.sinkron.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per-agency field entitlements, from {@code config/agencies/*.yml} ({@code agency:} its name as sources and
 * subscriptions write it, {@code fields:} the person fields it may receive). Deny by default: an agency without
 * a file receives no person fields. NIK and KK numbers an agency is not entitled to are masked, not dropped.
 */
@Component
public class Entitlements {

    /** The identity numbers masked for whoever is not entitled to them. */
    public static final Set<String> IDENTITY_NUMBERS = Set.of("nik", "kk_number");

    private static final Logger log = LoggerFactory.getLogger(Entitlements.class);
    private static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Map<String, Set<String>> byAgency;

    record AgencyFile(String agency, List<String> fields) {}

    public Entitlements(SecuritySettings settings) {
        this.byAgency = load(settings.agenciesDir());
    }

    /** The fields {@code agency} may receive; empty when it has no entitlements. */
    public Optional<Set<String>> of(String agency) {
        return Optional.ofNullable(byAgency.get(agency));
    }

    /**
     * The fields a subscription of {@code agency} asking for {@code requested} (empty: all it may) receives, in the
     * order requested; identity numbers it is not entitled to are kept here, to be masked (see {@link #inClear}).
     */
    public Set<String> projection(String agency, List<String> requested) {
        Set<String> allowed = byAgency.getOrDefault(agency, Set.of());
        Set<String> out = new LinkedHashSet<>();
        List<String> asked = requested;
        if (requested.isEmpty()) {
            asked = new ArrayList<>(allowed);
            asked.addAll(IDENTITY_NUMBERS);
        }
        for (String field : asked) {
            if (allowed.contains(field) || IDENTITY_NUMBERS.contains(field) && !allowed.isEmpty()) {
                out.add(field);
            }
        }
        return out;
    }

    /** Whether {@code agency} sees {@code field} (an identity number) in clear. */
    public boolean inClear(String agency, String field) {
        return byAgency.getOrDefault(agency, Set.of()).contains(field);
    }

    private static Map<String, Set<String>> load(Path dir) {
        Map<String, Set<String>> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            log.warn("No agency entitlements: {} is not a directory; agencies receive no person fields", dir);
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
                AgencyFile parsed;
                try {
                    parsed = YAML.readValue(file.toFile(), AgencyFile.class);
                } catch (IOException e) {
                    throw new IllegalStateException("Agency entitlements " + file + " cannot be read: " + e.getMessage(), e);
                }
                if (parsed == null || parsed.agency() == null || parsed.agency().isBlank()) {
                    throw new IllegalStateException("Agency entitlements " + file + ": 'agency' is required");
                }
                List<String> fields = parsed.fields() == null ? List.of() : parsed.fields();
                for (String field : fields) {
                    if (field == null || !field.matches("[a-z][a-z_]*")) {
                        throw new IllegalStateException("Agency entitlements " + file + ": '" + field + "' is not a field name");
                    }
                }
                if (out.put(parsed.agency(), Set.copyOf(fields)) != null) {
                    throw new IllegalStateException("Agency entitlements " + file + ": agency '" + parsed.agency() + "' is declared twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Agency entitlements in " + dir + " cannot be listed: " + e.getMessage(), e);
        }
        log.info("Field entitlements of {} agencies from {}", out.size(), dir);
        return Map.copyOf(out);
    }
}
