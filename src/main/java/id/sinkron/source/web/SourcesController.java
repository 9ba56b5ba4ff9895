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

/** The declared sources, and the source files refused at start-up with their errors. */
@RestController
class SourcesController {

    private final Sources sources;

    SourcesController(Sources sources) {
        this.sources = sources;
    }

    record SourceView(String id, String agency, String entity, String description, int trust, String format, String charset,
            String file, Map<String, Object> mapping, Incremental incremental) {}

    record SourcesView(List<SourceView> sources, List<SourceProblem> refused) {}

    @GetMapping("/api/v1/sources")
    SourcesView list() {
        return new SourcesView(sources.all().stream().map(SourcesController::view).toList(), sources.problems());
    }

    private static SourceView view(SourceDefinition s) {
        Map<String, Object> mapping = new TreeMap<>();
        s.mapping().rules().forEach((field, rule) -> mapping.put(field, rule.from().size() == 1 ? rule.from().get(0) : rule.from()));
        return new SourceView(s.id(), s.agency(), s.entity(), s.description(), s.trust(), s.format().name().toLowerCase(),
                s.charset().name(), s.file().toString(), mapping.isEmpty() ? null : mapping,
                s.incremental());
    }
}
