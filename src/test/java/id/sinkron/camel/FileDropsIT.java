package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.sinkron.support.DropServers;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.SameData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped drop routes: where a file goes after its run, and the shipped examples. */
class FileDropsIT extends IntegrationTest {

    @Test
    void everyShippedExampleIsReadAndMovedToDone() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.walk(Path.of("config/demo/drops"))) {
            examples = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(examples).hasSize(5);
        for (Path example : examples) {
            String source = example.getParent().getFileName().toString();
            Drops.drop(FILE_DROPS.resolve(source), example.getFileName().toString(), Files.readAllBytes(example));
        }
        for (Path example : examples) {
            String source = example.getParent().getFileName().toString();
            Map<String, Object> run = Drops.awaitRun(jdbc, source);
            assertThat(run).as(source).containsEntry("status", "SUCCEEDED").containsEntry("records_read", SameData.ROWS)
                    .containsEntry("records_rejected", SameData.REJECTED);
            assertThat(Drops.movedTo(FILE_DROPS.resolve(source), ".done", example.getFileName().toString())).isTrue();
        }
    }

    @Test
    void aFileThatIsNoWorkbookGoesToErrorWithItsReasonAndIsNotRetried() throws IOException {
        Path folder = FILE_DROPS.resolve("pemdes-penduduk");
        Drops.drop(folder, "penduduk.xlsx", "NIK;NAMA\n1;SRI\n".getBytes(StandardCharsets.UTF_8));

        Map<String, Object> run = Drops.awaitRun(jdbc, "pemdes-penduduk");

        assertThat(run.get("status")).isEqualTo("FAILED");
        assertThat(run.get("error").toString()).startsWith("the file is not an Excel workbook");
        assertThat(Drops.movedTo(folder, ".error", "penduduk.xlsx")).isTrue();
        Path reason = Drops.in(folder.resolve(".error"), "penduduk.xlsx.error.txt");
        assertThat(reason).isNotNull();
        assertThat(Files.readString(reason)).contains("file: penduduk.xlsx", "source: pemdes-penduduk", "sync run: " + run.get("id"),
                "reason: the file is not an Excel workbook");
        assertThat(Files.readAllBytes(Drops.in(folder.resolve(".error"), "penduduk.xlsx")))
                .as("the file is kept as it came").isEqualTo("NIK;NAMA\n1;SRI\n".getBytes(StandardCharsets.UTF_8));
        // the route polls every half second: a retry would show as a second run
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> count("sync_runs") == 1);
    }

    @Test
    void aRefusedFileOnTheSftpServerGoesToTheErrorFolderThereWithItsReason() throws IOException {
        Path folder = DropServers.get().sftpRoot().resolve("rsud");
        Drops.drop(folder, "pasien.csv", "\n\n".getBytes(StandardCharsets.UTF_8));

        Map<String, Object> run = Drops.awaitRun(jdbc, "rsud-pasien");

        assertThat(run.get("status")).isEqualTo("FAILED");
        assertThat(Drops.movedTo(folder, ".error", "pasien.csv")).isTrue();
        Path reason = await().atMost(Duration.ofSeconds(10)).until(() -> Drops.in(folder.resolve(".error"), "pasien.csv.error.txt"), p -> p != null);
        assertThat(Files.readString(reason)).contains("sync run: " + run.get("id"), "reason: the CSV is empty: a header row is required");
    }

    @Test
    void aFileTheOtherFormatsWouldReadIsLeftAloneInAFolderThatTakesOneFormat() throws IOException {
        Path folder = FILE_DROPS.resolve("bkkbn-keluarga");
        Drops.drop(folder, "catatan.txt", "bukan data".getBytes(StandardCharsets.UTF_8));
        Drops.drop(folder, "keluarga.json", SameData.jsonArray().getBytes(StandardCharsets.UTF_8));

        assertThat(Drops.awaitRun(jdbc, "bkkbn-keluarga")).containsEntry("status", "SUCCEEDED");
        assertThat(Drops.movedTo(folder, ".done", "keluarga.json")).isTrue();
        assertThat(folder.resolve("catatan.txt")).exists();
        assertThat(count("sync_runs")).isEqualTo(1);
    }
}
