package id.sinkron.web;

/** The caller is known but may not do this (another agency's subscription, a source it does not own); a 403 problem. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
