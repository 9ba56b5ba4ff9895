package id.sinkron.web;

/** The addressed thing does not exist; answered with 404 and this message. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
