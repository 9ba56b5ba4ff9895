package id.sinkron.source;

import id.sinkron.normalize.Dates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a {@link FieldRule} as declared and compiles it into a {@link ValueRule}. Every mistake is reported
 * with the key it was found under (e.g. {@code split.pattern}), so the message can name the file's line; a rule
 * with any mistake is not compiled.
 */
final class RuleCompiler {

    /** A mistake in a rule: the key path below the rule, and what is wrong. */
    record Mistake(List<String> path, String message) {}

    private static final Pattern GROUP_REFERENCE = Pattern.compile("(?<!\\\\)\\$(?:(\\d)|\\{([A-Za-z][A-Za-z0-9]*)})");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

    private final List<Mistake> mistakes = new ArrayList<>();

    private RuleCompiler() {}

    /** The compiled rule, or null with every mistake added to {@code found}. */
    static ValueRule compile(FieldRule rule, List<Mistake> found) {
        RuleCompiler compiler = new RuleCompiler();
        ValueRule compiled = compiler.compile(rule);
        found.addAll(compiler.mistakes);
        return compiler.mistakes.isEmpty() ? compiled : null;
    }

    private ValueRule compile(FieldRule rule) {
        if (rule.from().isEmpty() || rule.from().stream().anyMatch(f -> f == null || f.isBlank())) {
            mistake("names no native field (from)", "from");
        }
        if (rule.join() != null && rule.from().size() < 2) {
            mistake("join applies only to several from fields", "join");
        }
        boolean trim = rule.trim() == null || rule.trim();
        ValueRule.Part part = rule.split() == null ? null : part(rule.split());
        List<ValueRule.Replacement> replacements = new ArrayList<>();
        for (int i = 0; i < rule.replace().size(); i++) {
            replacements.add(replacement(rule.replace().get(i), String.valueOf(i)));
        }
        Map<String, String> codes = codes(rule);
        if (rule.datePattern() != null) {
            try {
                Dates.parse("", rule.datePattern());
            } catch (IllegalArgumentException e) {
                mistake("'" + rule.datePattern() + "' is not a valid date pattern: " + e.getMessage(), "date-pattern");
            }
        }
        return new ValueRule(rule.from(), rule.join() == null ? " " : rule.join(), part, trim, List.copyOf(replacements),
                rule.textCase(), codes, rule.otherwise(), rule.unmapped() == null ? FieldRule.Unmapped.KEEP : rule.unmapped(),
                rule.defaultValue(), rule.datePattern());
    }

    private ValueRule.Part part(FieldRule.Split split) {
        if ((split.separator() == null) == (split.pattern() == null)) {
            mistake("give either a separator or a pattern", "split");
            return null;
        }
        if (split.part() == null || split.part().isBlank()) {
            mistake("names no part to take (a position from 1, -1 for the last, or with a pattern a group)", "split", "part");
            return null;
        }
        String part = split.part().strip();
        Integer position = part.matches("-?\\d+") ? Integer.valueOf(part) : null;
        if (split.separator() != null) {
            if (split.separator().isEmpty()) {
                mistake("is empty", "split", "separator");
            } else if (position == null || position == 0) {
                mistake("'" + part + "' is not a position (1 is the first part, -1 the last)", "split", "part");
            } else {
                return new ValueRule.Part(Pattern.compile(Pattern.quote(split.separator())), null, position, null);
            }
            return null;
        }
        Pattern pattern = regex(split.pattern(), "split", "pattern");
        if (pattern == null) {
            return null;
        }
        int groups = pattern.matcher("").groupCount();
        if (groups == 0) {
            mistake("'" + split.pattern() + "' has no group to take a part from", "split", "pattern");
        } else if (position != null && (position < 1 || position > groups)) {
            mistake("group " + position + " does not exist: the pattern has groups 1 to " + groups, "split", "part");
        } else if (position == null && !groupNames(split.pattern()).contains(part)) {
            mistake("the pattern has no group named '" + part + "'", "split", "part");
        } else {
            return new ValueRule.Part(null, pattern, position == null ? 0 : position, position == null ? part : null);
        }
        return null;
    }

    private ValueRule.Replacement replacement(FieldRule.Replace replace, String index) {
        if (replace == null || replace.pattern() == null || replace.pattern().isEmpty()) {
            mistake("names no pattern", "replace", index, "pattern");
            return null;
        }
        Pattern pattern = regex(replace.pattern(), "replace", index, "pattern");
        String with = replace.with() == null ? "" : replace.with();
        if (pattern != null) {
            int groups = pattern.matcher("").groupCount();
            List<String> names = groupNames(replace.pattern());
            Matcher ref = GROUP_REFERENCE.matcher(with);
            while (ref.find()) {
                if (ref.group(1) != null && Integer.parseInt(ref.group(1)) > groups) {
                    mistake("refers to group " + ref.group(1) + " but the pattern has " + groups, "replace", index, "with");
                } else if (ref.group(2) != null && !names.contains(ref.group(2))) {
                    mistake("refers to group '" + ref.group(2) + "', which the pattern does not name", "replace", index, "with");
                }
            }
        }
        return new ValueRule.Replacement(pattern, with);
    }

    private Map<String, String> codes(FieldRule rule) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        rule.codes().forEach((code, value) -> {
            String key = ValueRule.codeKey(code);
            if (key.isEmpty()) {
                mistake("a code is empty", "codes");
            } else if (value == null) {
                mistake("code '" + code + "' maps to nothing", "codes", code);
            } else if (written.containsKey(key)) {
                mistake("'" + written.get(key) + "' and '" + code + "' are the same code once trimmed and upper-cased", "codes", code);
            } else {
                written.put(key, code);
                codes.put(key, value);
            }
        });
        if (codes.isEmpty() && (rule.otherwise() != null || rule.unmapped() != null)) {
            mistake("applies only with codes", rule.otherwise() != null ? "otherwise" : "unmapped");
        }
        if (rule.otherwise() != null && rule.unmapped() == FieldRule.Unmapped.REJECT) {
            mistake("otherwise and unmapped: reject contradict each other; declare one", "unmapped");
        }
        if (rule.unmapped() == FieldRule.Unmapped.REJECT && rule.defaultValue() != null
                && !codes.containsKey(ValueRule.codeKey(rule.defaultValue()))) {
            mistake("'" + rule.defaultValue() + "' is not one of the codes, so every record without a value would be rejected",
                    "default");
        }
        return Collections.unmodifiableMap(codes);
    }

    private Pattern regex(String regex, String... path) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            mistake("'" + regex + "' is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex(), path);
            return null;
        }
    }

    private static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private void mistake(String message, String... path) {
        mistakes.add(new Mistake(List.of(path), message));
    }
}
