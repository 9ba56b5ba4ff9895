package id.sinkron.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.sinkron.canonical.PersonRecords;
import id.sinkron.canonical.SourceTrust;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The declared sources, read from {@code config/sources/*.yml} at start-up. A file with a mistake is refused
 * with messages naming the file, line and field, and the other sources still load.
 */
@Component
public class Sources {

    private static final Logger log = LoggerFactory.getLogger(Sources.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final List<String> REQUIRED = List.of(PersonRecords.SOURCE_RECORD_ID, "full_name");

    private final Map<String, SourceDefinition> sources;
    private final List<SourceProblem> problems;

    public Sources(SourceSettings settings, Validator validator) {
        Map<String, SourceDefinition> loaded = new TreeMap<>();
        List<SourceProblem> found = new ArrayList<>();
        for (Path file : files(settings.dir())) {
            List<String> errors = new ArrayList<>();
            SourceDefinition source = read(file, validator, errors);
            if (source != null && loaded.containsKey(source.id())) {
                errors.add("id '" + source.id() + "' is already declared in " + loaded.get(source.id()).file());
            }
            if (errors.isEmpty()) {
                loaded.put(source.id(), source);
                log.info("Source '{}' ({}) declared in {}", source.id(), source.agency(), file);
            } else {
                errors.forEach(e -> log.error("Source file {} refused: {}", file, e));
                found.add(new SourceProblem(file.toString(), List.copyOf(errors)));
            }
        }
        this.sources = Map.copyOf(loaded);
        this.problems = List.copyOf(found);
    }

    public Optional<SourceDefinition> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public SourceDefinition require(String id) {
        return find(id).orElseThrow(() -> new UnknownSource(id));
    }

    public Collection<SourceDefinition> all() {
        return new TreeMap<>(sources).values();
    }

    /** Files that were refused, with every error in each. */
    public List<SourceProblem> problems() {
        return problems;
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.warn("Source directory {} does not exist: no sources are declared", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list source directory " + dir, e);
        }
    }

    static SourceDefinition read(Path file, Validator validator, List<String> errors) {
        String text;
        SourceFile declared;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            declared = YAML.readValue(text, SourceFile.class);
        } catch (JsonProcessingException e) {
            errors.add("line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            errors.add("cannot be read: " + e.getMessage());
            return null;
        }
        if (declared == null) {
            errors.add("is empty");
            return null;
        }
        for (ConstraintViolation<SourceFile> v : validator.validate(declared)) {
            String key = v.getPropertyPath().toString();
            errors.add(at(text, key) + key + ": " + v.getMessage());
        }
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        if (declared.mapping() != null) {
            declared.mapping().forEach((field, node) -> {
                String where = at(text, field) + "mapping." + field + ": ";
                if (!PersonRecords.INPUT_FIELDS.contains(field)) {
                    errors.add(where + "unknown canonical field (expected one of "
                            + String.join(", ", PersonRecords.INPUT_FIELDS.stream().sorted().toList()) + ")");
                    return;
                }
                FieldRule rule = rule(node, where, errors);
                if (rule == null) {
                    return;
                }
                validator.validate(rule).forEach(v -> errors.add(where + v.getPropertyPath() + " " + v.getMessage()));
                if (rule.datePattern() != null) {
                    try {
                        DateTimeFormatter.ofPattern(rule.datePattern());
                    } catch (IllegalArgumentException e) {
                        errors.add(where + "date-pattern '" + rule.datePattern() + "' is not a valid pattern: " + e.getMessage());
                    }
                }
                rules.put(field, rule);
            });
            for (String required : REQUIRED) {
                if (!declared.mapping().containsKey(required)) {
                    errors.add(at(text, "mapping") + "mapping: must map the required field " + required);
                }
            }
        }
        Charset charset = StandardCharsets.UTF_8;
        if (declared.charset() != null) {
            try {
                charset = Charset.forName(declared.charset());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                errors.add(at(text, "charset") + "charset: unknown character set '" + declared.charset() + "'");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        RowFormat format = declared.format() == null ? RowFormat.CSV : RowFormat.valueOf(declared.format().toUpperCase(Locale.ROOT));
        char delimiter = declared.delimiter() == null ? ',' : declared.delimiter().charAt(0);
        int trust = declared.trust() == null ? SourceTrust.DEFAULT : declared.trust();
        return new SourceDefinition(declared.id(), declared.agency(), declared.entity(), declared.description(), trust, format,
                charset, delimiter, declared.sheet(), new FieldMapping(rules), file);
    }

    private static FieldRule rule(JsonNode node, String where, List<String> errors) {
        if (node == null || node.isNull()) {
            errors.add(where + "names no native field");
            return null;
        }
        if (node.isTextual()) {
            return FieldRule.column(node.asText());
        }
        try {
            return YAML.treeToValue(node, FieldRule.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(where + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
            return null;
        }
    }

    /** "line N: " for the first line declaring {@code key}, so an administrator finds the mistake at once. */
    static String at(String text, String key) {
        String last = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(last + ":") || line.startsWith("\"" + last + "\":") || line.startsWith("'" + last + "':")) {
                return "line " + (i + 1) + ": ";
            }
        }
        return "";
    }
}
