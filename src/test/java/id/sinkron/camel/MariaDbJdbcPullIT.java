package id.sinkron.camel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The JDBC routes reading MariaDB tables, on the local server (127.0.0.1:3306, root without password), in a
 * database of their own. Skipped, saying why, when no MariaDB answers there.
 */
class MariaDbJdbcPullIT extends JdbcPullTest {

    private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = "sinkron_agency_it";
    private static final String URL = SERVER + DATABASE;

    @BeforeAll
    static void mariaDbAnswers() {
        String problem = null;
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("create database if not exists " + DATABASE);
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        assumeTrue(problem == null, "no MariaDB at 127.0.0.1:3306 (root, no password): " + problem);
    }

    @DynamicPropertySource
    static void agencyDatabase(DynamicPropertyRegistry registry) {
        for (String name : new String[] {"simpus", "rsud"}) {
            registry.add("sinkron.datasources." + name + ".url", () -> URL);
            registry.add("sinkron.datasources." + name + ".username", () -> "root");
            registry.add("sinkron.datasources." + name + ".password", () -> "");
        }
    }

    @Override
    Connection agencyConnection() throws SQLException {
        return DriverManager.getConnection(URL, "root", "");
    }
}
