package id.sinkron.canonical;

import java.util.List;

/** The outcome of turning one row into a {@link SourceRecord}: accepted, or rejected with every reason at once. */
public sealed interface Parsed {

    /** The record passed parsing and validation. */
    record Accepted(SourceRecord record) implements Parsed {}

    /** The record failed; {@code sourceRecordId} is null when even that was unreadable. */
    record Rejected(String sourceRecordId, List<Reason> reasons) implements Parsed {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }
}
