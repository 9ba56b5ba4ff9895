package id.sinkron.canonical;

import id.sinkron.canonical.SurvivorshipPolicy.FieldPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code config/survivorship.yml}: a {@code default:} rule and per-field rules under {@code fields:}, each a
 * rule name or {@code { rule: <name>, ranking: [<source id>, …] }}. Every mistake is reported, each as
 * {@code line N: <key>: what is wrong}, in one {@link IllegalArgumentException} that starts with the file.
 */
public final class SurvivorshipConfigs {

    private static final List<String> TOP_KEYS = List.of("default", "fields");
    private static final List<String> RULE_KEYS = List.of("rule", "ranking");
    private static final List<String> FIELDS = Arrays.stream(PersonField.values())
            .filter(f -> f != PersonField.NAME_TITLES).map(PersonField::wireName).toList();

    private final Set<String> sources;
    private final List<String> errors = new ArrayList<>();

    private SurvivorshipConfigs(Collection<String> sources) {
        this.sources = new TreeSet<>(sources);
    }

    /**
     * The policy of {@code file}.
     *
     * @param sources the declared source ids, which a {@code ranking} may name
     * @throws IllegalArgumentException naming the file, and each mistake's line and key
     * @throws UncheckedIOException when the file cannot be read
     */
    public static SurvivorshipPolicy read(Path file, Collection<String> sources) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + (e instanceof NoSuchFileException ? "does not exist" : "cannot be read: " + e.getMessage()), e);
        }
        return parse(file.toString(), text, sources);
    }

    /** The policy written in {@code text}; {@code name} names it in messages. */
    static SurvivorshipPolicy parse(String name, String text, Collection<String> sources) {
        SurvivorshipConfigs reader = new SurvivorshipConfigs(sources);
        SurvivorshipPolicy policy = reader.policy(text);
        if (!reader.errors.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", reader.errors));
        }
        return policy;
    }

    private SurvivorshipPolicy policy(String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            errors.add("line " + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem());
            return null;
        }
        if (root == null) {
            return SurvivorshipPolicy.TRUST;
        }
        if (!(root instanceof MappingNode top)) {
            error(root, "", "must be a mapping with the keys " + String.join(", ", TOP_KEYS));
            return null;
        }
        FieldPolicy defaults = FieldPolicy.TRUST;
        Map<PersonField, FieldPolicy> fields = new EnumMap<>(PersonField.class);
        for (NodeTuple entry : entries(top, "")) {
            String key = key(entry);
            switch (key) {
                case "default" -> {
                    FieldPolicy read = fieldPolicy(entry.getValueNode(), "default");
                    defaults = read == null ? defaults : read;
                }
                case "fields" -> fields(entry.getValueNode(), fields);
                default -> error(entry.getKeyNode(), key, "unknown key" + closest(key, TOP_KEYS) + " (expected one of "
                        + String.join(", ", TOP_KEYS) + ")");
            }
        }
        return errors.isEmpty() ? new SurvivorshipPolicy(defaults, fields) : null;
    }

    private void fields(Node node, Map<PersonField, FieldPolicy> fields) {
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return; // "fields:" with nothing under it
        }
        if (!(node instanceof MappingNode map)) {
            error(node, "fields", "must map canonical fields to rules");
            return;
        }
        for (NodeTuple entry : entries(map, "fields")) {
            String field = key(entry);
            String path = "fields." + field;
            if (field.equals(PersonField.NAME_TITLES.wireName())) {
                error(entry.getKeyNode(), path, "titles travel with the name they were written with and take full_name's rule;"
                        + " set the rule of full_name instead");
                continue;
            }
            PersonField known = PersonField.byWireName(field).orElse(null);
            if (known == null) {
                error(entry.getKeyNode(), path, "unknown canonical field" + closest(field, FIELDS) + " (expected one of "
                        + String.join(", ", FIELDS) + ")");
                continue;
            }
            FieldPolicy rule = fieldPolicy(entry.getValueNode(), path);
            if (rule != null) {
                fields.put(known, rule);
            }
        }
    }

    /** A rule written as its name, or as {@code { rule: …, ranking: […] }}. */
    private FieldPolicy fieldPolicy(Node node, String path) {
        if (node instanceof ScalarNode s) {
            SurvivorshipRule rule = rule(s, path);
            return rule == null ? null : new FieldPolicy(rule, List.of());
        }
        if (!(node instanceof MappingNode map)) {
            error(node, path, "must be a rule (" + String.join(", ", SurvivorshipRule.wireNames()) + ") or { rule: …, ranking: […] }");
            return null;
        }
        SurvivorshipRule rule = null;
        List<String> ranking = List.of();
        boolean named = false;
        int before = errors.size();
        for (NodeTuple entry : entries(map, path)) {
            String key = key(entry);
            switch (key) {
                case "rule" -> {
                    named = true;
                    rule = entry.getValueNode() instanceof ScalarNode s ? rule(s, path + ".rule") : null;
                    if (!(entry.getValueNode() instanceof ScalarNode)) {
                        error(entry.getValueNode(), path + ".rule", "must be one of " + String.join(", ", SurvivorshipRule.wireNames()));
                    }
                }
                case "ranking" -> ranking = ranking(entry.getValueNode(), path + ".ranking");
                default -> error(entry.getKeyNode(), path + "." + key, "unknown key" + closest(key, RULE_KEYS)
                        + " (expected one of " + String.join(", ", RULE_KEYS) + ")");
            }
        }
        if (!named) {
            error(map, path, "must name its rule (rule: " + String.join(" | ", SurvivorshipRule.wireNames()) + ")");
        }
        return errors.size() == before ? new FieldPolicy(rule, ranking) : null;
    }

    private SurvivorshipRule rule(ScalarNode node, String path) {
        SurvivorshipRule rule = SurvivorshipRule.byWireName(node.getValue()).orElse(null);
        if (rule == null) {
            error(node, path, "unknown rule '" + node.getValue() + "'" + closest(node.getValue(), SurvivorshipRule.wireNames())
                    + " (expected one of " + String.join(", ", SurvivorshipRule.wireNames()) + ")");
        }
        return rule;
    }

    private List<String> ranking(Node node, String path) {
        if (!(node instanceof SequenceNode list)) {
            error(node, path, "must be a list of source ids, most trusted first");
            return List.of();
        }
        List<String> ranking = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String at = path + "." + i;
            if (!(item instanceof ScalarNode s)) {
                error(item, at, "must be a source id");
            } else if (!sources.contains(s.getValue())) {
                error(item, at, "unknown source '" + s.getValue() + "'" + closest(s.getValue(), sources)
                        + (sources.isEmpty() ? " (no source is declared)" : " (declared: " + String.join(", ", sources) + ")"));
            } else if (ranking.contains(s.getValue())) {
                error(item, at, "source '" + s.getValue() + "' is ranked twice");
            } else {
                ranking.add(s.getValue());
            }
        }
        return ranking;
    }

    /** The entries of a mapping; a key written twice is reported rather than "the last one wins". */
    private List<NodeTuple> entries(MappingNode map, String path) {
        List<NodeTuple> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple entry : map.getValue()) {
            String key = key(entry);
            String at = path.isEmpty() ? key : path + "." + key;
            if (!(entry.getKeyNode() instanceof ScalarNode)) {
                error(entry.getKeyNode(), path, "keys must be plain names");
            } else if (!seen.add(key)) {
                error(entry.getKeyNode(), at, "is written twice");
            } else {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static String key(NodeTuple entry) {
        return entry.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private void error(Node node, String path, String message) {
        errors.add("line " + (node.getStartMark().getLine() + 1) + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /** ", did you mean X?" for the known name nearest a typo, else "". */
    private static String closest(String written, Collection<String> known) {
        LevenshteinDistance distance = new LevenshteinDistance(3);
        return known.stream()
                .filter(k -> distance.apply(written, k) >= 0)
                .min((a, b) -> Integer.compare(distance.apply(written, a), distance.apply(written, b)))
                .map(k -> ", did you mean " + k + "?")
                .orElse("");
    }
}
