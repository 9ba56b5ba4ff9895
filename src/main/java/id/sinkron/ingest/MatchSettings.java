package id.sinkron.ingest;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How ingestion links records to golden persons ({@code sinkron.match.*}). The matcher itself ({@code id.sinkron.match})
 * is plain Java; these settings live with the wiring.
 *
 * @param linker {@code exact}: same valid NIK, otherwise a new person; {@code probabilistic}: the Fellegi–Sunter
 *     model of {@code config}, with candidates from the stored blocking keys
 * @param config the matching model, read and checked at start-up when {@code linker} is {@code probabilistic}
 */
@Validated
@ConfigurationProperties("sinkron.match")
public record MatchSettings(
        @DefaultValue("probabilistic") @NotNull LinkerKind linker,
        @DefaultValue("config/matching.yml") @NotNull Path config) {

    /** The linkers ingestion can use. */
    public enum LinkerKind {
        /** {@link id.sinkron.match.ExactNikLinker}. */
        EXACT,
        /** {@link id.sinkron.match.ProbabilisticLinker}. */
        PROBABILISTIC
    }
}
