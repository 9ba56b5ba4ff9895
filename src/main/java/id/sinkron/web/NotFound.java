package id.sinkron.web;

import java.util.Map;

/**
 * The addressed thing does not exist; answered with a 404 problem of this type, title and message. Modules
 * subclass it for their own kinds of absence, so this package depends on none of them.
 */
public class NotFound extends RuntimeException {

    private final String type;
    private final String title;
    private final transient Map<String, Object> properties;

    public NotFound(String message) {
        this("not-found", "Not found", message, Map.of());
    }

    protected NotFound(String type, String title, String message, Map<String, Object> properties) {
        super(message);
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem, e.g. the id that was not found. */
    public Map<String, Object> properties() {
        return properties;
    }
}
