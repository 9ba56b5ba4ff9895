package id.sinkron.camel;

import java.util.List;

/**
 * What a reload did with one route file.
 *
 * @param file the file's path
 * @param outcome what happened to its routes
 * @param routes the route ids it now defines (for REMOVED and REFUSED: those it had and, for REFUSED, still has)
 * @param error for REFUSED: why, with the line where Camel names one
 * @param note why an UPDATED (or REFUSED) file was applied although its content did not change: it names the
 *     properties of a source whose schedule a reload of the sources changed; null otherwise
 */
public record FileReload(String file, Outcome outcome, List<String> routes, String error, String note) {

    /** What happened to a route file's routes. */
    public enum Outcome {
        /** The file is as it was loaded: its routes were left alone. */
        UNCHANGED,
        /**
         * The file changed and was valid, or it names a source whose schedule changed (see {@code note}): its routes
         * were stopped, created again from the file and started.
         */
        UPDATED,
        /** A new file: its routes were added and started. */
        ADDED,
        /** The file is gone: its routes were stopped and removed. */
        REMOVED,
        /** The file is broken or cannot be applied at run time: its previous routes keep running as they were. */
        REFUSED
    }
}
