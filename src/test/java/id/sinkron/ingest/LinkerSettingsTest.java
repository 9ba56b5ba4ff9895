package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.sinkron.match.ExactNikLinker;
import id.sinkron.match.ProbabilisticLinker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkerSettingsTest {

    private final IngestConfiguration configuration = new IngestConfiguration();

    @Test
    void exactNeedsNoModel() {
        assertThat(configuration.linker(new MatchSettings(MatchSettings.LinkerKind.EXACT, Path.of("no-such-file.yml"))))
                .isInstanceOf(ExactNikLinker.class);
    }

    @Test
    void probabilisticReadsTheShippedModel() {
        assertThat(configuration.linker(new MatchSettings(MatchSettings.LinkerKind.PROBABILISTIC, Path.of("config/matching.yml"))))
                .isInstanceOf(ProbabilisticLinker.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tf-minimum-u:                     | tf-minimal-u:                    | tf-minimal-u
            first-token, indonesian-phonetic  | first-tokn, indonesian-phonetic  | fields.first_name_phonetic
            """)
    void aBrokenModelStopsStartUpNamingTheSettingTheFileAndTheKey(String shipped, String broken, String named, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("matching.yml");
        Files.writeString(file, Files.readString(Path.of("config/matching.yml")).replace(shipped, broken));

        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.linker(new MatchSettings(MatchSettings.LinkerKind.PROBABILISTIC, file)))
                .withMessageStartingWith("sinkron.match.config=" + file + ": ")
                .withMessageContaining(named);
    }

    @Test
    void aMissingModelStopsStartUpNamingTheSetting() {
        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.linker(new MatchSettings(MatchSettings.LinkerKind.PROBABILISTIC, Path.of("missing.yml"))))
                .withMessageContaining("sinkron.match.config=missing.yml");
    }
}
