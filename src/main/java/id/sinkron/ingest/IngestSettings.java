package id.sinkron.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sync pipeline ({@code sinkron.ingest.*}).
 *
 * @param batchSize records written per transaction; larger batches are faster, smaller ones show progress sooner
 * @param zone zone of source timestamps written without an offset
 * @param retries how often a batch is retried after a deadlock or serialization failure
 */
@Validated
@ConfigurationProperties("sinkron.ingest")
public record IngestSettings(
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("Asia/Jakarta") @NotNull ZoneId zone,
        @DefaultValue("5") @Min(0) @Max(20) int retries) {}
