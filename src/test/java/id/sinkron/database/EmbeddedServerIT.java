package id.sinkron.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedServerIT {

    @Test
    void dataWrittenToTheEmbeddedServerSurvivesARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("sinkron-embedded").resolve("postgres");

        try (EmbeddedServer first = EmbeddedServer.start(dataDir, 0);
                Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                Statement s = c.createStatement()) {
            s.execute("create table kept (value text)");
            s.execute("insert into kept values ('still here')");
        }

        try (EmbeddedServer second = EmbeddedServer.start(dataDir, 0);
                Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select value from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void theServerRunsWithTheSizedSettingsAndTheCallersOnTop() throws Exception {
        Path dataDir = Files.createTempDirectory("sinkron-embedded").resolve("postgres");

        try (EmbeddedServer server = EmbeddedServer.start(dataDir, 0, Map.of("checkpoint_timeout", "10min"));
                Connection c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                Statement s = c.createStatement()) {
            assertThat(setting(s, "max_wal_size")).isEqualTo("8GB");
            assertThat(setting(s, "checkpoint_timeout")).isEqualTo("10min");
            try (ResultSet rs = s.executeQuery("select setting::bigint * 8 / 1024 || 'MB' from pg_settings where name = 'shared_buffers'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedServer.sized(
                        ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()).get("shared_buffers"));
            }
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
