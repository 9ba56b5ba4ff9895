package id.sinkron.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A source's status codes: native code (compared trimmed and upper case) to canonical {@link ServiceStatus}.
 * The canonical names themselves are always understood; every other code comes from the source's
 * {@code statuses:} declaration, so a new agency code is a configuration change, never a code change.
 */
public final class ServiceStatuses {

    /** Only the canonical names. */
    public static final ServiceStatuses CANONICAL = new ServiceStatuses(Map.of());

    private final Map<String, ServiceStatus> codes;

    private ServiceStatuses(Map<String, ServiceStatus> codes) {
        Map<String, ServiceStatus> all = new HashMap<>(codes);
        for (ServiceStatus status : ServiceStatus.values()) {
            all.put(status.name(), status);
        }
        this.codes = Map.copyOf(all);
    }

    /**
     * @param declared canonical status name to the native codes that mean it, as written in a source file
     * @throws IllegalArgumentException naming the unknown status or the code declared for two statuses
     */
    public static ServiceStatuses of(Map<String, List<String>> declared) {
        Map<String, ServiceStatus> codes = new HashMap<>();
        declared.forEach((name, natives) -> {
            ServiceStatus status = canonical(name);
            for (String code : natives == null ? List.<String>of() : natives) {
                String key = key(code);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(name + ": a code is empty");
                }
                ServiceStatus other = codes.put(key, status);
                if (other != null && other != status) {
                    throw new IllegalArgumentException("code '" + key + "' is declared for both " + other + " and " + status);
                }
                if (isCanonical(key) && ServiceStatus.valueOf(key) != status) {
                    throw new IllegalArgumentException("code '" + key + "' is the canonical name of " + key + ", not " + status);
                }
            }
        });
        return new ServiceStatuses(codes);
    }

    /**
     * The canonical status of a native code; null for a missing value.
     *
     * @throws IllegalArgumentException for a code the source did not declare, listing the ones it did
     */
    public ServiceStatus parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        ServiceStatus status = codes.get(key(raw));
        if (status == null) {
            throw new IllegalArgumentException("unknown status code '" + raw.strip() + "' (expected one of "
                    + String.join(", ", codes.keySet().stream().sorted().toList()) + ")");
        }
        return status;
    }

    /** Native code to canonical status, canonical names included. */
    public Map<String, ServiceStatus> codes() {
        return codes;
    }

    private static ServiceStatus canonical(String name) {
        String key = name == null ? "" : key(name);
        if (!isCanonical(key)) {
            throw new IllegalArgumentException("'" + name + "' is not a service status (expected one of "
                    + Arrays.stream(ServiceStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
        return ServiceStatus.valueOf(key);
    }

    private static boolean isCanonical(String key) {
        return Arrays.stream(ServiceStatus.values()).anyMatch(s -> s.name().equals(key));
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
