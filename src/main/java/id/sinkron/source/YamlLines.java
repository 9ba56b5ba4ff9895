package id.sinkron.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a YAML document is written, so a message about {@code mapping.birth_date.split.pattern}
 * names the line an administrator has to fix. Keys are found by their path in the document, not by their
 * text: {@code phone} under {@code trust.fields} and {@code phone} under {@code mapping} have lines of their own.
 */
final class YamlLines {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** Dotted path (list items by index, e.g. {@code mapping.phone.replace.0}) to its 1-based line. */
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {}

    /** The lines of {@code text}; a document that cannot be parsed keeps the lines found before the error. */
    static YamlLines of(String text) {
        YamlLines found = new YamlLines();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || parser.getParsingContext().inArray()) {
                    String path = dotted(parser.getParsingContext().pathAsPointer().toString());
                    found.lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // the reader reports the syntax error itself, with its line
        }
        return found;
    }

    /** "line N: " for the key at {@code path}, else for the nearest enclosing key that is written, else "". */
    String at(List<String> path) {
        for (int n = path.size(); n > 0; n--) {
            Integer line = lines.get(String.join(".", path.subList(0, n)));
            if (line != null) {
                return "line " + line + ": ";
            }
        }
        return "";
    }

    String at(String... path) {
        return at(List.of(path));
    }

    /** The line of the key at {@code path}, 0 when it is not written. */
    int line(String... path) {
        return lines.getOrDefault(String.join(".", path), 0);
    }

    private static String dotted(String pointer) {
        return pointer.isEmpty() ? "" : pointer.substring(1).replace("/", ".").replace("~1", "/").replace("~0", "~");
    }
}
