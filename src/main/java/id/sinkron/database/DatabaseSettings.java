package id.sinkron.database;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Sinkron keeps its data ({@code sinkron.db.*}).
 *
 * @param url JDBC URL of an external PostgreSQL server ({@code SINKRON_DB_URL}); blank starts the embedded server
 * @param username user for the external server ({@code SINKRON_DB_USER})
 * @param password password for the external server ({@code SINKRON_DB_PASSWORD}); never logged
 * @param schema schema that holds Sinkron's tables
 * @param poolSize maximum number of pooled connections
 * @param embedded settings of the embedded server
 */
@Validated
@ConfigurationProperties("sinkron.db")
public record DatabaseSettings(
        String url,
        @DefaultValue("postgres") String username,
        String password,
        @DefaultValue("public") @NotBlank String schema,
        @DefaultValue("10") @Min(2) @Max(200) int poolSize,
        @DefaultValue @Valid Embedded embedded) {

    /** True when an external server is configured. */
    public boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * The embedded PostgreSQL 17 ({@code sinkron.db.embedded.*}).
     *
     * @param dataDir data directory; it survives restarts
     * @param port TCP port on 127.0.0.1; 0 picks a free one
     * @param settings extra postgresql.conf settings, e.g. {@code shared_buffers: 512MB}
     */
    public record Embedded(
            @DefaultValue("data/postgres") @NotNull Path dataDir,
            @DefaultValue("54329") @Min(0) @Max(65535) int port,
            Map<String, String> settings) {

        public Embedded {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", username=" + username + ", schema=" + schema + ", embedded=" + embedded + "]";
    }
}
