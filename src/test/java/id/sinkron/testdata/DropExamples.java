package id.sinkron.testdata;

import id.sinkron.support.SameData;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shipped drop examples under {@code config/demo/drops/<source>/}: the {@link SameData} fixture
 * (fictitious persons, 2 of 50 rejected on purpose) in the format each example source declares. Run it again only
 * to change the examples; the output is committed:
 * {@code ./mvnw -q test-compile exec:java -Pbench -Dbench.main=id.sinkron.testdata.DropExamples}.
 */
public final class DropExamples {

    private DropExamples() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "config/demo/drops");
        write(dir.resolve("dinkes-kohort/kohort-kia-2026-11.csv"), SameData.csv(';', Charset.forName("windows-1252")));
        write(dir.resolve("dinkes-puskesmas/register-2026-11.csv"), SameData.csv(',', StandardCharsets.UTF_8));
        write(dir.resolve("disdik-dapodik/dapodik-2026-11.jsonl"), SameData.ndjson().getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("bkkbn-keluarga/pendataan-keluarga-2026-11.json"), SameData.jsonArray().getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("pemdes-penduduk/penduduk-desa-2026-11.xlsx"), SameData.xlsx());
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
