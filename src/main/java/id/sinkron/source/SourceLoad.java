package id.sinkron.source;

import id.sinkron.source.SourceReload.Outcome;
import id.sinkron.source.SourceSnapshot.FileState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the next {@link SourceSnapshot} from the previous one and the files as they are now, the same way at
 * start-up (from {@link SourceSnapshot#EMPTY}) and at a reload. Each file's content is checked as at start-up
 * (its own mistakes, an id another file declares, a {@code person-source} that is not a person source of the
 * agency); a file that fails is refused and the source it declared before, if any, stays in force. Files are
 * judged in name order, after the files that keep their previous declaration, so the first declaration of an id
 * wins as at start-up.
 */
final class SourceLoad {

    /** Reads one file, adding its mistakes to {@code errors}. */
    interface Reader {
        Sources.Read read(Path file, List<String> errors);
    }

    record Result(SourceSnapshot snapshot, List<SourceReload> report) {}

    private final SourceSnapshot before;
    private final Map<Path, String> now;
    private final Map<String, String> namedElsewhere;
    private final TreeSet<Path> paths;
    /** Files read this time: the changed and new ones, and those refused before. */
    private final Map<Path, Sources.Read> reads = new TreeMap<>();
    /** Files refused this time, with their errors. */
    private final Map<Path, List<String>> refused = new TreeMap<>();
    /** Files whose unchanged declaration stays in force although it no longer passes a check across files. */
    private final Map<Path, SourceProblem> staleProblems = new TreeMap<>();
    private final Map<Path, SourceDefinition> accepted = new TreeMap<>();

    /**
     * @param now the files there are, with the SHA-256 digest of each
     * @param namedElsewhere source ids other configuration names (read at start-up only), with where: a reload
     *     may not remove or rename them
     */
    private SourceLoad(SourceSnapshot before, Map<Path, String> now, Map<String, String> namedElsewhere) {
        this.before = before;
        this.now = now;
        this.namedElsewhere = namedElsewhere;
        this.paths = new TreeSet<>(before.files().keySet());
        paths.addAll(now.keySet());
    }

    static Result apply(SourceSnapshot before, Map<Path, String> now, Map<String, String> namedElsewhere, Reader reader) {
        SourceLoad load = new SourceLoad(before, now, namedElsewhere);
        load.read(reader);
        load.keepNamedElsewhere();
        load.judge();
        return load.result();
    }

    private void read(Reader reader) {
        for (Path file : paths) {
            FileState was = before.files().get(file);
            String digest = now.get(file);
            if (digest == null || was != null && was.definition() != null && digest.equals(was.digest())) {
                continue;
            }
            List<String> errors = new ArrayList<>();
            reads.put(file, reader.read(file, errors));
            if (!errors.isEmpty()) {
                refused.put(file, errors);
            }
        }
    }

    /** A source named in other configuration keeps its file's declaration when the file is removed or renames it. */
    private void keepNamedElsewhere() {
        for (Path file : paths) {
            SourceDefinition was = definitionBefore(file);
            if (was == null || !namedElsewhere.containsKey(was.id()) || refused.containsKey(file)) {
                continue;
            }
            Sources.Read read = reads.get(file);
            if (!now.containsKey(file) || read != null && !was.id().equals(read.id())) {
                refused.put(file, List.of("source '" + was.id() + "' is named in " + namedElsewhere.get(was.id())
                        + ", which is read at start-up only: take it out there and restart before removing or renaming it"));
            }
        }
    }

    /** Accepts the valid files read, in name order, until no acceptance is undone by a check across files. */
    private void judge() {
        boolean again = true;
        while (again) {
            again = false;
            accepted.clear();
            staleProblems.clear();
            Map<String, SourceDefinition> byId = new HashMap<>();
            for (Path file : paths) {
                SourceDefinition was = definitionBefore(file);
                boolean kept = now.containsKey(file) && !reads.containsKey(file) || refused.containsKey(file);
                if (was != null && kept) {
                    byId.put(was.id(), was);
                }
            }
            for (Map.Entry<Path, Sources.Read> read : reads.entrySet()) {
                if (refused.containsKey(read.getKey())) {
                    continue;
                }
                SourceDefinition source = read.getValue().source();
                SourceDefinition other = byId.get(source.id());
                if (other != null) {
                    refused.put(read.getKey(), List.of("id '" + source.id() + "' is already declared in " + other.file()));
                    again = true;
                } else {
                    byId.put(source.id(), source);
                    accepted.put(read.getKey(), source);
                }
            }
            if (again) {
                continue;
            }
            List<SourceProblem> found = new ArrayList<>();
            ServiceDeclarations.refuseUnknownPersonSources(new HashMap<>(byId), found);
            for (SourceProblem problem : found) {
                Path file = byId.get(problem.source()).file();
                if (accepted.containsKey(file)) {
                    refused.put(file, problem.errors());
                    again = true;
                } else {
                    staleProblems.put(file, problem);
                }
            }
        }
    }

    private Result result() {
        Map<Path, FileState> files = new TreeMap<>();
        List<SourceReload> report = new ArrayList<>();
        for (Path file : paths) {
            FileState was = before.files().get(file);
            SourceDefinition previous = definitionBefore(file);
            String name = file.toString();
            if (refused.containsKey(file)) {
                Sources.Read read = reads.get(file);
                String id = previous != null ? previous.id() : read != null ? read.id() : null;
                files.put(file, new FileState(previous == null ? null : was.digest(), previous,
                        new SourceProblem(name, id, refused.get(file))));
                report.add(new SourceReload(name, Outcome.REFUSED, id, refused.get(file), previous != null));
            } else if (!now.containsKey(file)) {
                String id = previous != null ? previous.id() : was.problem() == null ? null : was.problem().source();
                report.add(new SourceReload(name, Outcome.REMOVED, id, List.of(), false));
            } else if (!accepted.containsKey(file)) {
                SourceProblem stale = staleProblems.get(file);
                files.put(file, new FileState(was.digest(), previous, stale));
                report.add(stale == null ? new SourceReload(name, Outcome.UNCHANGED, previous.id(), List.of(), false)
                        : new SourceReload(name, Outcome.REFUSED, previous.id(), stale.errors(), true));
            } else {
                SourceDefinition source = accepted.get(file);
                files.put(file, new FileState(now.get(file), source, null));
                if (previous != null && previous.id().equals(source.id())) {
                    report.add(new SourceReload(name, Outcome.UPDATED, source.id(), List.of(), false));
                } else {
                    if (previous != null) {
                        report.add(new SourceReload(name, Outcome.REMOVED, previous.id(), List.of(), false));
                    }
                    report.add(new SourceReload(name, Outcome.ADDED, source.id(), List.of(), false));
                }
            }
        }
        return new Result(new SourceSnapshot(files), List.copyOf(report));
    }

    private SourceDefinition definitionBefore(Path file) {
        FileState was = before.files().get(file);
        return was == null ? null : was.definition();
    }
}
