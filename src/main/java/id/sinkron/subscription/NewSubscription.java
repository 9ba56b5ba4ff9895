package id.sinkron.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A subscription to create. Unset lists mean "all", except {@code entityTypes}: unset means {@code person} only,
 * so subscriptions made before service records existed keep receiving what they did; see {@link Subscription}.
 */
public record NewSubscription(
        @NotBlank @Size(max = 200) String agency,
        @Size(max = 200) String name,
        List<@Pattern(regexp = "person|service", message = "must be person or service") String> entityTypes,
        List<@Pattern(regexp = "(person|service)\\.(created|updated)|person\\.merged",
                message = "must be person.created, person.updated, person.merged, service.created or service.updated") String> eventTypes,
        @Pattern(regexp = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?", message = "must be a Kemendagri code prefix such as 33 or 33.16")
        String regionPrefix,
        List<String> fields,
        List<String> ownSources,
        @NotNull Delivery delivery,
        @Size(max = 2000) String endpoint,
        @Min(1) @Max(100) Integer maxAttempts,
        OnDeadLetter onDeadLetter) {

    public NewSubscription {
        entityTypes = entityTypes == null || entityTypes.isEmpty() ? List.of("person") : List.copyOf(entityTypes);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        fields = fields == null ? List.of() : List.copyOf(fields);
        ownSources = ownSources == null ? List.of() : List.copyOf(ownSources);
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        onDeadLetter = onDeadLetter == null ? OnDeadLetter.CONTINUE : onDeadLetter;
    }
}
