package id.sinkron.camel;

import id.sinkron.web.NotFound;
import java.util.Map;

/** No route has this id. */
public class UnknownRoute extends NotFound {

    UnknownRoute(String id) {
        super("unknown-route", "Unknown route", "no route has the id '" + id + "'", Map.of("route", id));
    }
}
