package id.sinkron.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Reloads the source files ({@link Sources#reload}) and then the {@code sinkron.source.<id>.*} properties routes
 * read their schedules from, answering which sources' properties changed: the routes that name those must be
 * created again for a new schedule to apply, since Camel resolves placeholders when it creates a route.
 */
@Component
public class SourceReloader {

    private final Sources sources;
    private final SourceProperties properties;
    private final List<SourceReferences> references;

    SourceReloader(Sources sources, SourceProperties properties, List<SourceReferences> references) {
        this.sources = sources;
        this.properties = properties;
        this.references = references;
    }

    /**
     * What a reload of the source files did.
     *
     * @param files what happened to each file
     * @param scheduled the sources whose {@code sinkron.source.<id>.*} properties changed (added, changed or gone)
     */
    public record Reloaded(List<SourceReload> files, Set<String> scheduled) {

        public Reloaded {
            files = List.copyOf(files);
            scheduled = Set.copyOf(scheduled);
        }
    }

    public synchronized Reloaded reload() {
        Map<String, String> named = new HashMap<>();
        references.forEach(r -> named.putAll(r.named()));
        Map<String, Object> before = SourceProperties.of(sources);
        List<SourceReload> files = sources.reload(named);
        Map<String, Object> after = properties.refresh();
        Set<String> changed = new TreeSet<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(SourceProperties.sourceOf(key));
            }
        }
        return new Reloaded(files, changed);
    }
}
