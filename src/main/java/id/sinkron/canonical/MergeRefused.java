package id.sinkron.canonical;

/**
 * A merge or unmerge that would contradict the store: a person already retired, two persons a steward kept apart,
 * a person merged with itself, or a person's only source record moved out. Answered with a 409 problem.
 */
public class MergeRefused extends RuntimeException {

    public MergeRefused(String message) {
        super(message);
    }
}
