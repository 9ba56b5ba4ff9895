package id.sinkron.camel;

import id.sinkron.audit.RunStatus;
import id.sinkron.audit.RunTrigger;
import id.sinkron.ingest.Ingestion;
import id.sinkron.ingest.RunResult;
import id.sinkron.source.RowReader;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.SourceRow;
import id.sinkron.source.Sources;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code direct:sinkron-ingest}: the one endpoint through which routes hand records to Sinkron.
 *
 * <ul>
 *   <li>Header {@code SinkronSource} (required): the declared source id.</li>
 *   <li>Header {@code SinkronExpectedTotal} (optional, a number): how many records the source said this run
 *       brings (a REST API's total); the run shows its progress against it.</li>
 *   <li>Body: a file or stream in the source's declared format (CSV, JSON Lines, JSON array or XLSX), or one row as a
 *       {@code Map}, or a {@code List}/{@code Iterator} of row maps, in the source's native field names (items
 *       that are not maps are stored as rejections).</li>
 *   <li>Out: body is the {@link RunResult}; headers {@code SinkronRunId} and {@code SinkronRunStatus}. A failed
 *       run keeps the body it came with, so a redelivery reads the same input again.</li>
 * </ul>
 *
 * Each exchange is one sync run. A run that fails raises {@link SyncRunFailed} into the calling route, or
 * {@link InputRefused} when the input as a whole cannot be read.
 */
@Component
public class IngestEndpoint extends RouteBuilder {

    public static final String URI = "direct:sinkron-ingest";
    public static final String SOURCE_HEADER = "SinkronSource";
    public static final String RUN_ID_HEADER = "SinkronRunId";
    public static final String RUN_STATUS_HEADER = "SinkronRunStatus";
    public static final String EXPECTED_TOTAL_HEADER = "SinkronExpectedTotal";
    /** Records the failure of a route that gave up before its run began (see {@link #recordFailure}). */
    public static final String FAILED_URI = "direct:sinkron-run-failed";

    private final Sources sources;
    private final Ingestion ingestion;

    public IngestEndpoint(Sources sources, Ingestion ingestion) {
        this.sources = sources;
        this.ingestion = ingestion;
    }

    @Override
    public void configure() {
        // no error handler here: failures go back to the calling route, whose routeConfiguration decides on redelivery
        from(URI).routeId("sinkron-ingest")
                .description("Hands records to the sync pipeline; one exchange is one sync run")
                .errorHandler(noErrorHandler())
                .process(this::ingest);
        from(FAILED_URI).routeId("sinkron-run-failed")
                .description("Records a sync run that failed before it read a row, with the reason the route gave up")
                .errorHandler(noErrorHandler())
                .process(this::recordFailure);
    }

    /**
     * Called by the shared error handling when a route gives up on an exchange for which no run was recorded (header
     * {@code SinkronSource} set, {@code SinkronRunId} not): e.g. a pull whose agency database never answered.
     */
    void recordFailure(Exchange exchange) {
        String sourceId = exchange.getIn().getHeader(SOURCE_HEADER, String.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (sourceId == null || sources.find(sourceId).isEmpty() || cause == null) {
            return;
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        RunResult result = ingestion.failedBeforeReading(sources.require(sourceId), RunTrigger.ROUTE, exchange.getFromRouteId(),
                reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        exchange.getIn().setHeader(RUN_ID_HEADER, result.runId());
        exchange.getIn().setHeader(RUN_STATUS_HEADER, result.status().name());
    }

    void ingest(Exchange exchange) throws InvalidPayloadException {
        String sourceId = exchange.getIn().getHeader(SOURCE_HEADER, String.class);
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("header " + SOURCE_HEADER + " is required on " + URI);
        }
        SourceDefinition source = sources.require(sourceId);
        String origin = exchange.getIn().getHeader(Exchange.FILE_NAME, exchange.getFromRouteId(), String.class);
        Long expectedTotal = exchange.getIn().getHeader(EXPECTED_TOTAL_HEADER, Long.class);
        Object body = exchange.getIn().getBody();
        RunResult result;
        if (body instanceof Map<?, ?> || body instanceof Iterable<?> || body instanceof Iterator<?>) {
            result = ingestion.run(source, RunTrigger.ROUTE, origin, rows(body), false, expectedTotal);
        } else {
            InputStream input = exchange.getIn().getMandatoryBody(InputStream.class);
            try (RowReader reader = RowReader.open(input, source)) {
                result = ingestion.run(source, RunTrigger.ROUTE, origin, reader, false, expectedTotal);
            }
        }
        exchange.getIn().setHeader(RUN_ID_HEADER, result.runId());
        exchange.getIn().setHeader(RUN_STATUS_HEADER, result.status().name());
        if (result.status() == RunStatus.FAILED) {
            // the body stays: Camel redelivers the exchange as it is, and a redelivery must read the input again
            throw result.badInput() ? new InputRefused(result) : new SyncRunFailed(result);
        }
        exchange.getIn().setBody(result);
    }

    @SuppressWarnings("unchecked")
    private static Iterator<SourceRow> rows(Object body) {
        Iterator<?> items = body instanceof Map<?, ?> map ? List.of(map).iterator()
                : body instanceof Iterable<?> iterable ? iterable.iterator() : (Iterator<?>) body;
        AtomicInteger position = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public SourceRow next() {
                Object item = items.next();
                int no = position.incrementAndGet();
                if (item instanceof Map<?, ?> row) {
                    return SourceRow.of(no, (Map<String, Object>) row);
                }
                if (item instanceof UnreadableMessage message) {
                    return SourceRow.unreadable(no, message.rawText(), message.why());
                }
                return SourceRow.unreadable(no, String.valueOf(item), "a row must be a map of field names to values");
            }
        };
    }
}
