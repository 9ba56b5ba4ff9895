package id.sinkron.camel;

import id.sinkron.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The JDBC routes reading PostgreSQL tables: a schema of its own in the test database stands for the agency's. */
class PostgresJdbcPullIT extends JdbcPullTest {

    private static final String SCHEMA = "agency_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void agencyDatabase(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.get();
        db.execute("create schema if not exists " + SCHEMA);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> db.execute("drop schema if exists " + SCHEMA + " cascade")));
        for (String name : new String[] {"simpus", "rsud"}) {
            registry.add("sinkron.datasources." + name + ".url", PostgresJdbcPullIT::url);
            registry.add("sinkron.datasources." + name + ".username", db::username);
            registry.add("sinkron.datasources." + name + ".password", db::password);
        }
    }

    static String url() {
        String url = TestDatabase.get().url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    @Override
    Connection agencyConnection() throws SQLException {
        TestDatabase db = TestDatabase.get();
        return DriverManager.getConnection(url(), db.username(), db.password());
    }
}
