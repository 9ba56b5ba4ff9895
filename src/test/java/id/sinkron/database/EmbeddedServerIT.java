package id.sinkron.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
