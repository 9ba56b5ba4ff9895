package id.sinkron.subscription;

import id.sinkron.database.DatabaseServer;
import id.sinkron.feed.Feed;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's {@code LISTEN/NOTIFY} channel of the feed on a connection of its own and wakes the
 * {@link Dispatcher} as soon as a transaction that appended events commits. When the connection breaks it
 * reconnects; meanwhile the dispatcher's periodic check keeps deliveries going.
 */
@Component
class FeedWakeUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedWakeUp.class);
    private static final int WAIT_MILLIS = 1_000;

    private final DatabaseServer server;
    private final Dispatcher dispatcher;
    private final DeliverySettings settings;
    private volatile boolean running;
    private Thread thread;

    FeedWakeUp(DatabaseServer server, Dispatcher dispatcher, DeliverySettings settings) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("listen " + Feed.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                dispatcher.wake();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        dispatcher.wake();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Feed notifications lost ({}); reconnecting in 5 s, polling meanwhile", e.getMessage());
                    sleep(5_000);
                }
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "sinkron-feed-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 999;
    }
}
