package id.sinkron.camel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agency databases that routes read ({@code sinkron.datasources.<name>.*}); each is bound under its name in
 * Camel's registry, so a route uses it as {@code sql:...?dataSource=#<name>}.
 *
 * @param datasources agency databases by name
 */
@Validated
@ConfigurationProperties("sinkron")
public record AgencyDatabaseSettings(Map<String, @Valid AgencyDatabase> datasources) {

    public AgencyDatabaseSettings {
        datasources = datasources == null ? Map.of() : Map.copyOf(datasources);
    }

    /**
     * One agency database, read-only.
     *
     * @param url JDBC URL ({@code jdbc:postgresql://...}, {@code jdbc:mariadb://...}); blank leaves it unconfigured:
     *     a route that uses it fails with a message naming this key, and Sinkron still starts
     * @param username database user, from the environment
     * @param password database password, from the environment; never logged
     * @param fetchSize rows fetched per round trip while a pull streams a table
     * @param poolSize maximum open connections to the agency's server
     * @param connectionTimeout how long to wait for a connection before the pull fails (and is retried)
     */
    public record AgencyDatabase(
            String url,
            String username,
            String password,
            @DefaultValue("1000") @Min(1) @Max(100_000) int fetchSize,
            @DefaultValue("2") @Min(1) @Max(20) int poolSize,
            @DefaultValue("10s") @NotNull Duration connectionTimeout) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }

        /** The URL without its parameters, which may carry a password: the only form that is logged. */
        public String loggableUrl() {
            int parameters = url == null ? -1 : url.indexOf('?');
            return parameters < 0 ? url : url.substring(0, parameters) + "?...";
        }

        @Override
        public String toString() {
            return "AgencyDatabase[url=" + loggableUrl() + ", username=" + username + ", fetchSize=" + fetchSize + ", poolSize=" + poolSize + "]";
        }
    }
}
