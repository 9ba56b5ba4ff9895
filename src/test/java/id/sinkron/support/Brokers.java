package id.sinkron.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.RabbitMQContainer;

/**
 * Message brokers for the delivery tests: a Testcontainers broker where Docker runs, else the broker already
 * running on this machine, else the test is skipped with the reason shown.
 */
public final class Brokers {

    private static RabbitMQContainer rabbit;
    private static GenericContainer<?> nats;

    private Brokers() {}

    /** host:port of a RabbitMQ broker (guest/guest); skips the calling test when there is none. */
    public static synchronized String rabbitMq() {
        String address = rabbitMqAddress();
        assumeTrue(docker() || listening(5672), "no Docker and no RabbitMQ on 127.0.0.1:5672: the RabbitMQ delivery test is skipped");
        return address;
    }

    /** Where a RabbitMQ broker is or would be, without skipping: for configuring the service before a test runs. */
    public static synchronized String rabbitMqAddress() {
        if (docker()) {
            if (rabbit == null) {
                rabbit = new RabbitMQContainer("rabbitmq:3.13-alpine");
                rabbit.start();
            }
            return rabbit.getHost() + ":" + rabbit.getAmqpPort();
        }
        return "127.0.0.1:5672";
    }

    /** host:port of a NATS server. */
    public static synchronized String nats() {
        if (docker()) {
            if (nats == null) {
                nats = new GenericContainer<>("nats:2.10-alpine").withCommand("-js").withExposedPorts(4222);
                nats.start();
            }
            return nats.getHost() + ":" + nats.getMappedPort(4222);
        }
        assumeTrue(listening(4222), "no Docker and no NATS on 127.0.0.1:4222: the NATS delivery test is skipped");
        return "127.0.0.1:4222";
    }

    private static boolean docker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
