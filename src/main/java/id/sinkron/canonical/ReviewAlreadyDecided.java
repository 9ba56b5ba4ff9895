package id.sinkron.canonical;

/** A decision on a review item a steward has decided already: answered with a 409 problem. */
public class ReviewAlreadyDecided extends RuntimeException {

    public ReviewAlreadyDecided(long id, ReviewStatus status) {
        super("review item " + id + " is decided already (" + status + ")");
    }
}
