package id.sinkron.source;

import id.sinkron.web.NotFound;
import java.util.Map;

/** No source with this id is declared in {@code config/sources/}, or its file was refused (at start-up, or when it was added by a reload). */
public class UnknownSource extends NotFound {

    public UnknownSource(String source) {
        super("unknown-source", "Unknown source",
                "no source '" + source + "' is declared; declare it in a file under config/sources/", Map.of("source", source));
    }

    /** The source's file was refused: the message says why, so a route's log and an HTTP caller see the mistake. */
    public UnknownSource(String source, SourceProblem refused) {
        super("unknown-source", "Unknown source", "source '" + source + "' was refused, " + refused.file() + ": "
                + String.join("; ", refused.errors()) + " (fix the file and reload the sources: POST /api/v1/sources/reload;"
                + " GET /api/v1/sources lists the errors)",
                Map.of("source", source));
    }
}
