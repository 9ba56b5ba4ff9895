package id.sinkron.web;

/**
 * The caller's mistake (a malformed parameter, an impossible request); answered with a 400 problem naming it.
 * Other exceptions, {@link IllegalArgumentException} among them, are Sinkron's own failures and answer 500.
 */
public class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
