package id.sinkron;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Sinkron: Camel routes, the canonical store, the HTTP API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SinkronApplication {

    public static void main(String[] args) {
        SpringApplication.run(SinkronApplication.class, args);
    }
}
