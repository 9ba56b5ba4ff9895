package id.sinkron.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.sinkron.canonical.PersonRecords;
import id.sinkron.service.ServiceRecords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads the {@code mapping:} of a source file: each canonical field's rule, checked, compiled, and every mistake
 * reported as {@code line N: mapping.<field>.<key>: what is wrong}.
 */
final class MappingReader {

    private static final List<String> PERSON_REQUIRED = List.of(PersonRecords.SOURCE_RECORD_ID, "full_name");
    private static final List<String> PERSON_FIELDS = PersonRecords.INPUT_FIELDS.stream().sorted().toList();
    private static final List<String> SERVICE_FIELDS = ServiceRecords.INPUT_FIELDS.stream().sorted().toList();

    private final ObjectMapper yaml;
    private final YamlLines lines;
    private final List<String> errors;
    private final boolean service;

    /** @param entity the source's entity: {@code service} maps service fields, anything else person fields */
    MappingReader(ObjectMapper yaml, YamlLines lines, List<String> errors, String entity) {
        this.yaml = yaml;
        this.lines = lines;
        this.errors = errors;
        this.service = SourceDefinition.SERVICE.equals(entity);
    }

    /** The mapping, or null when any rule has a mistake (each added to the errors). */
    FieldMapping read(Map<String, JsonNode> mapping) {
        if (mapping == null) {
            return FieldMapping.IDENTITY;
        }
        int before = errors.size();
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        Map<String, ValueRule> compiled = new LinkedHashMap<>();
        Map<String, Integer> declaredAt = new LinkedHashMap<>();
        mapping.forEach((field, node) -> {
            if (service ? !ServiceRecords.isInputField(field) : !PersonRecords.INPUT_FIELDS.contains(field)) {
                error(List.of(field), service ? unknownField(field, SERVICE_FIELDS) + " or attributes.<name>"
                        : unknownField(field, PERSON_FIELDS));
                return;
            }
            FieldRule rule = rule(field, node);
            if (rule == null) {
                return;
            }
            List<RuleCompiler.Mistake> mistakes = new ArrayList<>();
            ValueRule value = RuleCompiler.compile(rule, mistakes);
            mistakes.forEach(m -> error(concat(field, m.path()), m.message()));
            if (value != null) {
                rules.put(field, rule);
                compiled.put(field, value);
                declaredAt.put(field, lines.line("mapping", field));
            }
        });
        for (String required : service ? ServiceRecords.REQUIRED : PERSON_REQUIRED) {
            if (!mapping.containsKey(required)) {
                errors.add(lines.at("mapping") + "mapping: must map the required field " + required);
            }
        }
        return errors.size() == before ? new FieldMapping(rules, compiled, declaredAt) : null;
    }

    /** "unknown canonical field (…)", with the likely meant one first: a typo is the usual cause. */
    static String unknownField(String field, Collection<String> known) {
        LevenshteinDistance distance = new LevenshteinDistance(3);
        String closest = known.stream()
                .filter(k -> distance.apply(field, k) >= 0)
                .min((a, b) -> Integer.compare(distance.apply(field, a), distance.apply(field, b)))
                .orElse(null);
        return "unknown canonical field" + (closest == null ? "" : ", did you mean " + closest + "?")
                + " (expected one of " + String.join(", ", known) + ")";
    }

    private FieldRule rule(String field, JsonNode node) {
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            error(List.of(field), "names no native field");
            return null;
        }
        if (node.isTextual()) {
            return FieldRule.column(node.asText());
        }
        try {
            return yaml.treeToValue(node, FieldRule.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            List<String> path = new ArrayList<>(List.of(field));
            if (e instanceof JsonMappingException m) {
                m.getPath().forEach(r -> path.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())));
            }
            error(path, describe(e));
            return null;
        }
    }

    /** Jackson's message without its class names, which mean nothing to an administrator. */
    static String describe(Exception e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown key '" + u.getPropertyName() + "' (expected one of " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "'" + f.getValue() + "' is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private void error(List<String> path, String message) {
        List<String> full = concat("mapping", path);
        errors.add(lines.at(full) + String.join(".", full) + ": " + message);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
