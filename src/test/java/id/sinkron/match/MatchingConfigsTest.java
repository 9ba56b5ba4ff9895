package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingConfigsTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatItReads() {
        MatchingConfig shipped = MatchingConfigs.read(Path.of("config/matching.yml"));
        Path copy = dir.resolve("matching.yml");

        MatchingConfigs.write(copy, shipped, "# copy\n");

        assertThat(MatchingConfigs.read(copy)).isEqualTo(shipped);
    }

    @Test
    void readsABlockingRulesOwnCap() throws IOException {
        Path file = dir.resolve("capped.yml");
        Files.writeString(file, Files.readString(Path.of("config/matching.yml"))
                .replace("{name: nik, fields: [nik]}", "{name: nik, fields: [nik], max-block-size: 5}"));

        assertThat(MatchingConfigs.read(file).blocking().get(0).cap(1000)).isEqualTo(5);
        assertThat(MatchingConfigs.read(file).blocking().get(1).cap(1000)).isEqualTo(1000);
    }

    @Test
    void rejectsABlockingCapBelowTwoNamingTheRule() throws IOException {
        Path file = dir.resolve("capped.yml");
        Files.writeString(file, Files.readString(Path.of("config/matching.yml"))
                .replace("{name: nik, fields: [nik]}", "{name: nik, fields: [nik], max-block-size: 1}"));

        assertThatIllegalArgumentException().isThrownBy(() -> MatchingConfigs.read(file))
                .withMessageContaining("blocking rule 'nik': max-block-size must be at least 2, was 1");
    }

    @Test
    void namesTheKeyOfAnInvalidLevel() throws IOException {
        Path file = broken("{label: exact, kind: exact, m: 0.9, u: 0}");

        assertThatIllegalArgumentException().isThrownBy(() -> MatchingConfigs.read(file))
                .withMessageContaining("comparisons.[0].levels")
                .withMessageContaining("level 'exact': m and u must be in (0, 1]");
    }

    @Test
    void rejectsAComparisonWithoutAnElseLevel() throws IOException {
        Path file = broken("{label: exact, kind: exact, m: 0.9, u: 0.1}");

        assertThatIllegalArgumentException().isThrownBy(() -> MatchingConfigs.read(file))
                .withMessageContaining("the last level must be of kind 'else'");
    }

    @Test
    void rejectsASimilarityLevelWithoutThreshold() throws IOException {
        Path file = broken("{label: close, kind: jaro-winkler, m: 0.9, u: 0.1}");

        assertThatIllegalArgumentException().isThrownBy(() -> MatchingConfigs.read(file))
                .withMessageContaining("level 'close': a JARO_WINKLER level needs a threshold above 0");
    }

    @Test
    void rejectsAnUnknownField() throws IOException {
        Path file = dir.resolve("unknown.yml");
        Files.writeString(file, Files.readString(Path.of("config/matching.yml"))
                .replace("{name: nik, fields: [nik]}", "{name: nik, fields: [nomor_induk]}"));
        MatchingConfig config = MatchingConfigs.read(file);

        assertThatIllegalArgumentException().isThrownBy(() -> new MatchingModel(config, PersonCleaners.cleaners()))
                .withMessageContaining("blocking 'nik': unknown field 'nomor_induk'");
    }

    @Test
    void rejectsAHardNegativeOnALevelThatDoesNotExist() throws IOException {
        Path file = dir.resolve("label.yml");
        Files.writeString(file, Files.readString(Path.of("config/matching.yml")).replace("birth-date: [else]", "birth-date: [other]"));
        MatchingConfig config = MatchingConfigs.read(file);

        assertThatIllegalArgumentException().isThrownBy(() -> new MatchingModel(config, PersonCleaners.cleaners()))
                .withMessageContaining("comparison 'birth-date' has no level 'other'");
    }

    private Path broken(String level) throws IOException {
        Path file = dir.resolve("broken.yml");
        Files.writeString(file, """
                prior: 0.001
                thresholds: {link: 5, review: 0}
                max-block-size: 100
                fields: {name: {cleaners: [upper]}}
                blocking: [{name: name, fields: [name]}]
                comparisons:
                  - name: name
                    field: name
                    levels:
                      - %s
                """.formatted(level));
        return file;
    }
}
