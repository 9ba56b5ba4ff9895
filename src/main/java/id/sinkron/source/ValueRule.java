package id.sinkron.source;

import id.sinkron.normalize.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link FieldRule} checked and compiled: its patterns compiled and its code map keyed by normalized code, so
 * that mapping a row does no parsing of the configuration.
 */
record ValueRule(
        List<String> from,
        String join,
        Part part,
        boolean trim,
        List<Replacement> replacements,
        FieldRule.TextCase textCase,
        Map<String, String> codes,
        String otherwise,
        FieldRule.Unmapped unmapped,
        String defaultValue,
        String datePattern) {

    /** A value, or why the native value cannot be turned into one. {@code value} null: the field is missing. */
    record Result(String value, String problem) {
        static final Result MISSING = new Result(null, null);
    }

    /** Which part of a value {@link FieldRule.Split} takes; {@code group} is a number or a name. */
    record Part(Pattern separator, Pattern pattern, int position, String group) {

        /** The part, null when the value has no such part; a problem when the value does not match the pattern. */
        Result of(String value) {
            if (separator != null) {
                String[] parts = separator.split(value, -1);
                int index = position > 0 ? position - 1 : parts.length + position;
                return index >= 0 && index < parts.length ? new Result(parts[index], null) : Result.MISSING;
            }
            Matcher m = pattern.matcher(value);
            if (!m.matches()) {
                return new Result(null, "'" + value + "' does not match the split pattern " + pattern.pattern());
            }
            return new Result(group == null ? m.group(position) : m.group(group), null);
        }
    }

    record Replacement(Pattern pattern, String with) {}

    /** Key under which codes are looked up: native codes differ in case and spacing between exports. */
    static String codeKey(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    Result apply(Map<String, Object> row) {
        String value = joined(row);
        if (value != null && part != null) {
            Result piece = part.of(value);
            if (piece.problem() != null) {
                return new Result(null, piece.problem() + " (from " + String.join(", ", from) + ")");
            }
            value = piece.value();
        }
        if (value != null && trim) {
            value = value.strip();
        }
        if (value != null) {
            for (Replacement r : replacements) {
                value = r.pattern().matcher(value).replaceAll(r.with());
            }
            if (textCase != null) {
                value = textCase == FieldRule.TextCase.UPPER ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
            }
        }
        if (value == null || value.isBlank()) {
            value = defaultValue;
        }
        if (value == null) {
            return Result.MISSING;
        }
        if (!codes.isEmpty()) {
            String code = codes.get(codeKey(value));
            if (code != null) {
                value = code;
            } else if (otherwise != null) {
                value = otherwise;
            } else if (unmapped == FieldRule.Unmapped.REJECT) {
                return new Result(null, "'" + value + "' is not one of the codes " + String.join(", ", codes.keySet())
                        + " mapped from " + String.join(", ", from));
            }
        }
        if (datePattern != null) {
            try {
                LocalDate date = Dates.parse(value, datePattern);
                return date == null ? Result.MISSING : new Result(date.toString(), null);
            } catch (IllegalArgumentException e) {
                return new Result(null, e.getMessage());
            }
        }
        return new Result(value, null);
    }

    private String joined(Map<String, Object> row) {
        if (from.size() == 1) {
            Object v = row.get(from.get(0));
            return v == null ? null : v.toString();
        }
        StringJoiner joined = new StringJoiner(join);
        for (String name : from) {
            Object v = row.get(name);
            if (v != null && !v.toString().isBlank()) {
                joined.add(trim ? v.toString().strip() : v.toString());
            }
        }
        return joined.length() == 0 ? null : joined.toString();
    }
}
