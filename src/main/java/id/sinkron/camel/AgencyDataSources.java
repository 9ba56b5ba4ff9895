package id.sinkron.camel;

import com.zaxxer.hikari.HikariDataSource;
import id.sinkron.camel.AgencyDatabaseSettings.AgencyDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.stereotype.Component;

/**
 * Binds every agency database of {@link AgencyDatabaseSettings} into Camel's registry under its name before the
 * routes are loaded. They are Camel beans, not Spring ones: Sinkron's own database stays the only
 * {@link DataSource} of the application, and an agency server that is down never makes Sinkron unhealthy.
 * Pools connect lazily, on a route's first query, so a server that is down at start-up delays nothing.
 */
@Component
class AgencyDataSources implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AgencyDataSources.class);

    private final List<HikariDataSource> pools = new ArrayList<>();

    AgencyDataSources(CamelContext camel, AgencyDatabaseSettings settings) {
        settings.datasources().forEach((name, db) -> {
            DataSource source = db.configured() ? pool(name, db) : new Unconfigured(name);
            camel.getRegistry().bind(name, DataSource.class, source);
            log.info("Agency database '{}': {}", name, db.configured() ? db.loggableUrl()
                    : "not configured (sinkron.datasources." + name + ".url is blank)");
        });
    }

    private HikariDataSource pool(String name, AgencyDatabase db) {
        HikariDataSource pool = new HikariDataSource(); // the no-argument constructor connects lazily
        pool.setPoolName("agency-" + name);
        pool.setJdbcUrl(db.url());
        pool.setUsername(db.username());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(db.poolSize());
        pool.setMinimumIdle(0);
        pool.setConnectionTimeout(db.connectionTimeout().toMillis());
        pool.setReadOnly(true);
        // PostgreSQL streams a result set only inside a transaction and with a fetch size; MariaDB streams with a
        // fetch size: without both, a pull of millions of rows would be read into memory at once
        pool.setAutoCommit(false);
        pool.addDataSourceProperty("defaultRowFetchSize", String.valueOf(db.fetchSize()));
        pool.addDataSourceProperty("defaultFetchSize", String.valueOf(db.fetchSize()));
        // PostgreSQL types a bound watermark text by its column (timestamp, bigint), as MariaDB does by itself, so one
        // query with ":#since" serves both
        pool.addDataSourceProperty("stringtype", "unspecified");
        pool.addDataSourceProperty("ApplicationName", "sinkron");
        pools.add(pool);
        return pool;
    }

    @Override
    public void destroy() {
        pools.forEach(HikariDataSource::close);
    }

    /** Stands in for a database without URL, so its routes load and fail, when used, with a message naming the key. */
    private static final class Unconfigured extends AbstractDataSource {

        private final String name;

        Unconfigured(String name) {
            this.name = name;
        }

        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("agency database '" + name + "' is not configured: set sinkron.datasources." + name + ".url");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
