package id.sinkron.source;

/** The input as a whole cannot be read (no CSV header, wrong charset, duplicate column names): the run fails with this message. */
public class UnreadableInput extends RuntimeException {

    public UnreadableInput(String message) {
        super(message);
    }
}
