package id.sinkron.camel;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the route files are ({@code sinkron.routes.*}).
 *
 * @param dir directory of the Camel YAML route files ({@code *.yaml}) loaded at start-up and by a reload
 */
@Validated
@ConfigurationProperties("sinkron.routes")
public record RoutesSettings(@DefaultValue("routes") @NotNull Path dir) {}
