package id.sinkron.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import id.sinkron.canonical.PersonField;
import id.sinkron.canonical.SurvivorshipRule;
import id.sinkron.source.SourceSettings;
import id.sinkron.source.Sources;
import jakarta.validation.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivorshipSettingsTest {

    private static final Sources SHIPPED_SOURCES =
            new Sources(new SourceSettings(Path.of("config/sources")), Validation.buildDefaultValidatorFactory().getValidator());

    private final IngestConfiguration configuration = new IngestConfiguration();

    @Test
    void theShippedRulesAreReadByDefault() {
        SurvivorshipSettings defaults = new SurvivorshipSettings(Path.of("config/survivorship.yml"));

        assertThat(configuration.survivorshipPolicy(defaults, SHIPPED_SOURCES).of(PersonField.PHONE).rule())
                .isEqualTo(SurvivorshipRule.MOST_FREQUENT);
    }

    @Test
    void aRankingMayNameEveryDeclaredSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("survivorship.yml");
        Files.writeString(file, "fields:\n  phone: { rule: trust, ranking: [dinkes-puskesmas, dukcapil-blora] }\n");

        assertThat(configuration.survivorshipPolicy(new SurvivorshipSettings(file), SHIPPED_SOURCES).of(PersonField.PHONE).ranking())
                .isEqualTo(List.of("dinkes-puskesmas", "dukcapil-blora"));
    }

    @Test
    void aBrokenFileStopsStartUpNamingTheSettingTheFileTheLineAndTheKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("survivorship.yml");
        Files.writeString(file, Files.readString(Path.of("config/survivorship.yml")).replace("  phone: most-frequent", "  phone: newest"));

        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.survivorshipPolicy(new SurvivorshipSettings(file), SHIPPED_SOURCES))
                .withMessageStartingWith("sinkron.survivorship.config=" + file + ": line ")
                .withMessageContaining(": fields.phone: unknown rule 'newest'");
    }

    @Test
    void aRankingOfAnUndeclaredSourceStopsStartUp(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("survivorship.yml");
        Files.writeString(file, "fields:\n  phone: { rule: trust, ranking: [dukcapil-bloro] }\n");

        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.survivorshipPolicy(new SurvivorshipSettings(file), SHIPPED_SOURCES))
                .withMessageStartingWith("sinkron.survivorship.config=" + file + ": line 2: fields.phone.ranking.0: unknown source 'dukcapil-bloro', did you mean dukcapil-blora?");
    }

    @Test
    void aMissingFileStopsStartUpNamingTheSetting() {
        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.survivorshipPolicy(new SurvivorshipSettings(Path.of("missing.yml")), SHIPPED_SOURCES))
                .withMessage("sinkron.survivorship.config=missing.yml: does not exist");
    }
}
