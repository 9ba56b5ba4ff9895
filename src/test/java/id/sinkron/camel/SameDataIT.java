package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.DropServers;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.SameData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #4 acceptance: the same 50 rows through every kind of drop (CSV with commas in UTF-8, CSV with semicolons
 * in Windows-1252, JSON Lines, a JSON array, an Excel workbook, CSV on an SFTP server, JSON Lines on an FTP
 * server), each through its shipped route for its own source, give the same golden records and the same
 * rejections; each file ends in its {@code .done} folder.
 */
class SameDataIT extends IntegrationTest {

    private record Kind(String name, String source, Path folder, String file, byte[] content) {}

    @Test
    void theSameDataThroughEveryKindOfDropGivesTheSameCanonicalResult() throws Exception {
        DropServers servers = DropServers.get();
        List<Kind> kinds = List.of(
                new Kind("CSV, comma, UTF-8", "dinkes-puskesmas", FILE_DROPS.resolve("dinkes-puskesmas"), "sama.csv",
                        SameData.csv(',', StandardCharsets.UTF_8)),
                new Kind("CSV, semicolon, Windows-1252", "dinkes-kohort", FILE_DROPS.resolve("dinkes-kohort"), "sama.csv",
                        SameData.csv(';', Charset.forName("windows-1252"))),
                new Kind("JSON Lines", "disdik-dapodik", FILE_DROPS.resolve("disdik-dapodik"), "sama.jsonl",
                        SameData.ndjson().getBytes(StandardCharsets.UTF_8)),
                new Kind("JSON array", "bkkbn-keluarga", FILE_DROPS.resolve("bkkbn-keluarga"), "sama.json",
                        SameData.jsonArray().getBytes(StandardCharsets.UTF_8)),
                new Kind("Excel .xlsx", "pemdes-penduduk", FILE_DROPS.resolve("pemdes-penduduk"), "sama.xlsx", SameData.xlsx()),
                new Kind("CSV over SFTP", "rsud-pasien", servers.sftpRoot().resolve("rsud"), "sama.csv",
                        SameData.csv(',', StandardCharsets.UTF_8)),
                new Kind("JSON Lines over FTP", "puskesmas-simpus", servers.ftpRoot().resolve("simpus"), "sama.jsonl",
                        SameData.ndjson().getBytes(StandardCharsets.UTF_8)));

        Map<String, SameData.Stored> results = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            // one kind at a time on empty tables: with all sources at once, the records would link into shared persons
            emptyTables();
            Drops.drop(kind.folder(), kind.file(), kind.content());

            Map<String, Object> run = Drops.awaitRun(jdbc, kind.source());

            assertThat(run).as(kind.name()).containsEntry("status", "SUCCEEDED").containsEntry("records_read", SameData.ROWS)
                    .containsEntry("records_rejected", SameData.REJECTED).containsEntry("records_created", SameData.VALID);
            assertThat(Drops.movedTo(kind.folder(), ".done", kind.file())).as(kind.name() + " moved to .done").isTrue();
            results.put(kind.name(), SameData.stored(jdbc, kind.source()));
        }

        SameData.Stored csv = results.get("CSV, comma, UTF-8");
        SameData.assertAsWritten(csv);
        results.forEach((kind, stored) -> assertThat(stored).as(kind + " gives the same as CSV").isEqualTo(csv));
    }
}
