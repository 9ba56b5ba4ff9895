package id.sinkron.camel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code direct:sinkron-drop}: a dropped file (local folder, SFTP or FTP) as one sync run, deciding where the
 * file goes afterwards. Routes consume with {@code move: ${header.SinkronDropTarget}} and send the file here with
 * header {@code SinkronSource}.
 *
 * <ul>
 *   <li>Read (even with rejected records): {@code SinkronDropTarget} is {@code .done/<time>-<name>}.</li>
 *   <li>Refused as a whole (not a workbook, no header, wrong charset): {@code .error/<time>-<name>}, with
 *       {@code .error/<time>-<name>.error.txt} beside it naming the run and the reason, written through the
 *       endpoint the file came from, so it lands on the SFTP or FTP server too.</li>
 *   <li>Any other failure (database down) goes back to the calling route, whose error handler redelivers; the
 *       file stays in the drop folder and is read again on a later poll, as it is not the file's fault.</li>
 * </ul>
 */
@Component
public class DropEndpoint extends RouteBuilder {

    public static final String URI = "direct:sinkron-drop";
    public static final String TARGET_HEADER = "SinkronDropTarget";

    private static final Logger log = LoggerFactory.getLogger(DropEndpoint.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());

    private final ProducerTemplate producer;

    public DropEndpoint(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public void configure() {
        // failures other than a refusal go back to the calling route, whose routeConfiguration redelivers them
        from(URI).routeId("sinkron-drop")
                .description("Ingests a dropped file and decides whether it goes to .done or .error")
                .errorHandler(noErrorHandler())
                .process(DropEndpoint::done)
                .doTry()
                    .to(IngestEndpoint.URI)
                .doCatch(InputRefused.class)
                    .process(this::refused)
                .end();
    }

    private static void done(Exchange exchange) {
        exchange.getIn().setHeader(TARGET_HEADER, ".done/" + stampedName(exchange));
    }

    private void refused(Exchange exchange) {
        InputRefused refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, InputRefused.class);
        String target = ".error/" + stampedName(exchange);
        exchange.getIn().setHeader(TARGET_HEADER, target);
        String reason = """
                file: %s
                source: %s
                sync run: %d
                refused at: %s
                reason: %s
                """.formatted(exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY), refusal.result().source(),
                refusal.result().runId(), Instant.now(), refusal.result().error());
        producer.sendBodyAndHeader(exchange.getFromEndpoint(),
                reason.getBytes(StandardCharsets.UTF_8), Exchange.FILE_NAME, target + ".error.txt");
        log.warn("Route {} refused {}: {} (moved to {})", exchange.getFromRouteId(),
                exchange.getIn().getHeader(Exchange.FILE_NAME), refusal.result().error(), target);
    }

    /** The file's name behind the time it was read, so a file dropped again under the same name never overwrites. */
    private static String stampedName(Exchange exchange) {
        String stamp = exchange.getIn().getHeader(TARGET_HEADER, String.class);
        if (stamp != null) {
            return stamp.substring(stamp.indexOf('/') + 1);
        }
        return STAMP.format(Instant.now()) + "-" + exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }
}
