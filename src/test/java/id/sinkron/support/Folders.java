package id.sinkron.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folders for tests that change shipped files (route and source files) without touching the shipped ones. */
public final class Folders {

    private Folders() {}

    /** A temporary copy of the files directly in {@code from}, as an absolute path. */
    public static Path copyOf(Path from) {
        try {
            Path dir = Files.createTempDirectory("sinkron-" + from.getFileName());
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
