package id.sinkron.source;

import java.util.List;

/**
 * A source file that was refused at start-up, with every error found in it.
 *
 * @param file the file
 * @param source the source id it declares, when that much could be read; null otherwise
 * @param errors each mistake, starting with its line where it has one
 */
public record SourceProblem(String file, String source, List<String> errors) {}
