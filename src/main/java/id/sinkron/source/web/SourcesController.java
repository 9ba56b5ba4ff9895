package id.sinkron.source.web;

import id.sinkron.source.Incremental;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.SourceProblem;
import id.sinkron.source.Sources;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The declared sources, and the source files refused (at start-up or by a reload) with their errors. */
@RestController
class SourcesController {

    private final Sources sources;

    SourcesController(Sources sources) {
        this.sources = sources;
    }

    /**
     * @param trustFields trust in single fields where it differs from {@code trust}
     * @param mapping canonical field → its native column, or its rule as declared when it does more than rename
     */
    record SourceView(String id, String agency, String entity, String description, int trust, Map<String, Integer> trustFields,
            String schedule, String format, String charset, String file, Map<String, Object> mapping,
            Incremental incremental) {}

    record SourcesView(List<SourceView> sources, List<SourceProblem> refused) {}

    @GetMapping("/api/v1/sources")
    SourcesView list() {
        return new SourcesView(sources.all().stream().map(SourcesController::view).toList(), sources.problems());
    }

    private static SourceView view(SourceDefinition s) {
        Map<String, Object> mapping = new TreeMap<>();
        s.mapping().rules().forEach((field, rule) -> mapping.put(field, rule.renamesOnly() ? rule.from().get(0) : rule));
        return new SourceView(s.id(), s.agency(), s.entity(), s.description(), s.trust(), new TreeMap<>(s.fieldTrust()),
                s.schedule() == null ? null : s.schedule().text(), s.format().name().toLowerCase(), s.charset().name(),
                s.file().toString(), mapping.isEmpty() ? null : mapping, s.incremental());
    }
}
