package id.sinkron.camel;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/** Dropping files into the folders of the drop routes, and waiting for what the routes made of them. */
final class Drops {

    private Drops() {}

    /** Writes the file beside its folder and moves it in whole, as an agency's upload tool should. */
    static void drop(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder.getParent(), name, ".part");
        Files.write(partial, content);
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The latest finished sync run of the source, waited for. */
    static Map<String, Object> awaitRun(JdbcTemplate jdbc, String source) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> runs = jdbc.queryForList("""
                    select id, status, records_read, records_created, records_rejected, error from sync_runs
                    where source = ? and status <> 'RUNNING' order by id desc limit 1
                    """, source);
            return runs.isEmpty() ? null : runs.get(0);
        }, run -> run != null);
    }

    /** Whether the file has left the folder and is in its sub-folder {@code done} under its time-stamped name. */
    static boolean movedTo(Path folder, String sub, String name) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> !Files.exists(folder.resolve(name)) && in(folder.resolve(sub), name) != null, moved -> moved);
    }

    /** The time-stamped file {@code <yyyyMMdd-HHmmss>-name} in the folder, or null. */
    static Path in(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d{8}-\\d{6}-" + java.util.regex.Pattern.quote(name)))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
