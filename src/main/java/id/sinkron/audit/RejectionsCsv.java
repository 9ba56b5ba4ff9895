package id.sinkron.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinkron.canonical.Reason;
import id.sinkron.database.Jsonb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's rejections as CSV ({@code id,record_no,source_record_id,reasons,payload,rejected_at}), streamed from a
 * server-side cursor: a file of a million bad lines does not fill the memory.
 */
@Component
public class RejectionsCsv {

    private static final int FETCH_SIZE = 2_000;
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    private final JdbcTemplate streaming;

    public RejectionsCsv(JdbcTemplate jdbc) {
        // a fetch size inside a transaction makes the driver use a cursor instead of loading every row
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /**
     * Writes the rejections of the run in record order; {@code reasons} is {@code field: message} joined by
     * {@code "; "}. Every text goes through {@code text} (to mask identity numbers for callers not entitled).
     */
    @Transactional(readOnly = true)
    public void write(long runId, Writer out, UnaryOperator<String> text) {
        // not closed: the writer belongs to the caller
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder()
                    .setHeader("id", "record_no", "source_record_id", "reasons", "payload", "rejected_at").get()
                    .print(out);
            streaming.query("""
                    select id, record_no, source_record_id, reasons, payload, rejected_at from rejections where run_id = ? order by id
                    """, rs -> {
                        String reasons = Jsonb.read(rs.getString("reasons"), REASONS).stream()
                                .map(r -> r.field() + ": " + r.message()).collect(Collectors.joining("; "));
                        try {
                            csv.printRecord(rs.getLong("id"), rs.getInt("record_no"), masked(rs.getString("source_record_id"), text),
                                    masked(reasons, text), masked(rs.getString("payload"), text),
                                    rs.getObject("rejected_at", OffsetDateTime.class));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, runId);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String masked(String value, UnaryOperator<String> text) {
        return value == null ? null : text.apply(value);
    }
}
