package id.sinkron.source;

import id.sinkron.service.ServiceRecords;
import id.sinkron.service.ServiceStatuses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks of source files with {@code entity: service}: their status codes and their person source. */
final class ServiceDeclarations {


    /** The field names a service mapping may fill, for messages. */
    static final String FIELDS = String.join(", ", ServiceRecords.INPUT_FIELDS.stream().sorted().toList()) + " or attributes.<name>";

    private ServiceDeclarations() {}

    /** The declared status codes; {@code statuses:} and {@code person-source:} belong to service sources only. */
    static ServiceStatuses statuses(SourceFile declared, YamlLines lines, List<String> errors) {
        boolean service = SourceDefinition.SERVICE.equals(declared.entity());
        for (String key : List.of("statuses", "person-source")) {
            boolean present = key.equals("statuses") ? declared.statuses() != null : declared.personSource() != null;
            if (present && !service) {
                errors.add(lines.at(key) + key + ": only a source with entity: service has it");
            }
        }
        if (!service || declared.statuses() == null) {
            return ServiceStatuses.CANONICAL;
        }
        try {
            return ServiceStatuses.of(declared.statuses());
        } catch (IllegalArgumentException e) {
            errors.add(lines.at("statuses") + "statuses: " + e.getMessage());
            return ServiceStatuses.CANONICAL;
        }
    }

    /** Refuses the service sources whose {@code person-source} is not a declared person source of the same agency. */
    static void refuseUnknownPersonSources(Map<String, SourceDefinition> loaded, List<SourceProblem> found) {
        List<SourceDefinition> refused = loaded.values().stream()
                .filter(s -> s.personSource() != null && !personSourcesOf(loaded.values(), s.agency()).contains(s.personSource()))
                .toList();
        for (SourceDefinition s : refused) {
            String error = YamlLines.of(readQuietly(s.file())).at("person-source") + "person-source: '" + s.personSource()
                    + "' is not a declared person source of " + s.agency();
            found.add(new SourceProblem(s.file().toString(), s.id(), List.of(error)));
            loaded.remove(s.id());
        }
    }

    static Set<String> personSourcesOf(Collection<SourceDefinition> all, String agency) {
        return all.stream().filter(s -> SourceDefinition.PERSON.equals(s.entity()) && s.agency().equals(agency))
                .map(SourceDefinition::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The file's text for line numbers in messages; it was read moments ago, so failing now only loses the line. */
    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
