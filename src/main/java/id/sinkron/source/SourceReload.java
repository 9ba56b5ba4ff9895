package id.sinkron.source;

import java.util.List;

/**
 * What a reload did with one source file. A file whose {@code id} changed is reported twice: the old source
 * {@code REMOVED}, the new one {@code ADDED}.
 *
 * @param file the file's path
 * @param outcome what happened to its source
 * @param source the source id it declares (for REMOVED: declared; for REFUSED: the one that stays in force, else
 *     the one it tries to declare, when that much could be read); null when not even that is known
 * @param errors for REFUSED: every mistake, starting with its line where it has one; empty otherwise
 * @param keepsPrevious for REFUSED: whether the source keeps the declaration it had before (false for a file that
 *     had none in force: a new file, or one refused at start-up)
 */
public record SourceReload(String file, Outcome outcome, String source, List<String> errors, boolean keepsPrevious) {

    public SourceReload {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** What happened to a source file's declaration. */
    public enum Outcome {
        /** The file is as it was loaded: its source is as it was. */
        UNCHANGED,
        /** The file changed and is valid: the next run of its source uses the new declaration. */
        UPDATED,
        /** A new file (or one that was refused before and is now valid): its source is declared. */
        ADDED,
        /** The file is gone, or no longer declares this id: the source is no longer declared. */
        REMOVED,
        /** The file is broken, or its change cannot be applied: the source keeps its previous declaration, if it had one. */
        REFUSED
    }
}
