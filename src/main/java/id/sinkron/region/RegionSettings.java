package id.sinkron.region;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Resolution of written addresses to village codes ({@code sinkron.region.*}).
 *
 * @param matchThreshold the least Jaro-Winkler similarity of a misspelt name (times those of its district and
 *     regency) to count as a match; higher derives fewer codes, and fewer wrong ones
 * @param matchMargin how much a misspelt match must beat the next-best village by; below it the address is
 *     ambiguous and no code is derived
 */
@Validated
@ConfigurationProperties("sinkron.region")
public record RegionSettings(
        @DefaultValue("0.90") @DecimalMin(value = "0.5") @DecimalMax("1.0") double matchThreshold,
        @DefaultValue("0.03") @DecimalMin("0.0") @DecimalMax(value = "0.5") double matchMargin) {}
