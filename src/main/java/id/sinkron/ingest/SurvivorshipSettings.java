package id.sinkron.ingest;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How golden values are chosen ({@code sinkron.survivorship.*}).
 *
 * @param config the per-field survivorship rules, read and checked at start-up against the declared sources
 */
@Validated
@ConfigurationProperties("sinkron.survivorship")
public record SurvivorshipSettings(@DefaultValue("config/survivorship.yml") @NotNull Path config) {}
