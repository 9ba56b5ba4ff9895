package id.sinkron.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Delivery of events to subscribers ({@code sinkron.delivery.*}).
 *
 * @param enabled whether this instance delivers at all
 * @param threads subscriptions delivered at the same time (each one strictly in order)
 * @param batchSize events read from the feed per step; a Kafka endpoint receives them as one batch
 * @param pollInterval how often due subscriptions are checked when no notification arrives
 * @param firstRetryDelay delay before the second attempt; it doubles each attempt, with jitter
 * @param maxRetryDelay the longest delay between two attempts
 * @param eventSource the CloudEvents {@code source} attribute of every event
 */
@Validated
@ConfigurationProperties("sinkron.delivery")
public record DeliverySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("4") @Min(1) @Max(64) int threads,
        @DefaultValue("200") @Min(1) @Max(5000) int batchSize,
        @DefaultValue("5s") @NotNull Duration pollInterval,
        @DefaultValue("1s") @NotNull Duration firstRetryDelay,
        @DefaultValue("5m") @NotNull Duration maxRetryDelay,
        @DefaultValue("urn:sinkron") @NotBlank String eventSource) {}
