package id.sinkron.ingest;

import id.sinkron.canonical.Reason;
import id.sinkron.canonical.WriteOutcome;
import java.util.List;
import java.util.Map;

/**
 * How the rows of one source are parsed and written, by the entity it holds ({@code entity:} in its file).
 * Bound to one source for one run, so the run loop stays the same for every entity.
 *
 * @param <R> the accepted record type
 */
interface RecordKind<R> {

    /** One mapped row: the record to write, or the reasons it is refused (and its id when readable). */
    Parse<R> parse(Map<String, ?> values, Map<String, Object> raw);

    /** Writes accepted records in the caller's transaction; the events go to the feed in it. */
    WriteOutcome write(long runId, List<R> records);

    /** A parsed row: {@code accepted} when the row passed, else {@code reasons}. */
    record Parse<R>(R accepted, String sourceRecordId, List<Reason> reasons) {

        static <R> Parse<R> ok(R record, String sourceRecordId) {
            return new Parse<>(record, sourceRecordId, List.of());
        }

        static <R> Parse<R> refused(String sourceRecordId, List<Reason> reasons) {
            return new Parse<>(null, sourceRecordId, reasons);
        }
    }
}
