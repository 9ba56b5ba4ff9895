package id.sinkron.source;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where sources are declared ({@code sinkron.sources.*}).
 *
 * @param dir directory of the source declarations, one YAML file per source
 */
@Validated
@ConfigurationProperties("sinkron.sources")
public record SourceSettings(@DefaultValue("config/sources") @NotNull Path dir) {}
