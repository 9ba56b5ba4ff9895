package id.sinkron.database;

record ExternalServer(String jdbcUrl, String username, String password) implements DatabaseServer {

    @Override
    public void close() {
        // not ours to stop
    }

    @Override
    public String toString() {
        return "ExternalServer[" + jdbcUrl + " as " + username + "]";
    }
}
