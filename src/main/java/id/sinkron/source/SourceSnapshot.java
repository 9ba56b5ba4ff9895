package id.sinkron.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The declared sources at one moment, never changed once made: a run that started with one keeps it while a
 * reload makes the next.
 */
final class SourceSnapshot {

    static final SourceSnapshot EMPTY = new SourceSnapshot(Map.of());

    /**
     * One file as Sinkron holds it.
     *
     * @param digest SHA-256 of the content its definition was read from (of its content at start-up for a file
     *     refused then); null for a new file refused by a reload, so the next reload reads it again
     * @param definition the source in force; null when the file was refused and had none before
     * @param problem why its current content was refused; null when it was not
     */
    record FileState(String digest, SourceDefinition definition, SourceProblem problem) {}

    private final Map<Path, FileState> files;
    private final Map<String, SourceDefinition> sources;
    private final List<SourceProblem> problems;

    SourceSnapshot(Map<Path, FileState> files) {
        this.files = Map.copyOf(files);
        Map<String, SourceDefinition> declared = new TreeMap<>();
        files.values().stream().map(FileState::definition).filter(Objects::nonNull).forEach(d -> declared.put(d.id(), d));
        this.sources = Map.copyOf(declared);
        this.problems = new TreeMap<>(files).values().stream().map(FileState::problem).filter(Objects::nonNull).toList();
    }

    /** Every source file known, by path. */
    Map<Path, FileState> files() {
        return files;
    }

    /** The sources in force, by id. */
    Map<String, SourceDefinition> sources() {
        return sources;
    }

    /** The refused files, in file order. */
    List<SourceProblem> problems() {
        return problems;
    }
}
