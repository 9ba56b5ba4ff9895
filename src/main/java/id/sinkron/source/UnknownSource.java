package id.sinkron.source;

import id.sinkron.web.NotFound;
import java.util.Map;

/** No source with this id is declared in {@code config/sources/}. */
public class UnknownSource extends NotFound {

    public UnknownSource(String source) {
        super("unknown-source", "Unknown source",
                "no source '" + source + "' is declared; declare it in a file under config/sources/", Map.of("source", source));
    }
}
