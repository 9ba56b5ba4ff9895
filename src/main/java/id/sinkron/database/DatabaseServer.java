package id.sinkron.database;

/** A running PostgreSQL server Sinkron connects to. Closing it stops an embedded server and leaves an external one alone. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();

    String username();

    String password();

    @Override
    void close();
}
