package id.sinkron.source;

import java.util.List;

/** A source file that was refused at start-up, with every error found in it. */
public record SourceProblem(String file, List<String> errors) {}
