package id.sinkron.camel;

/** The action does not apply to the route in its present state, or to an internal route; answered with 409. */
public class RouteActionRefused extends RuntimeException {

    RouteActionRefused(String message) {
        super(message);
    }
}
