package id.sinkron.service;

import id.sinkron.canonical.Reason;
import java.util.List;

/** The outcome of turning one row into a {@link ServiceRecord}: accepted, or rejected with every reason at once. */
public sealed interface ParsedService {

    /** The record passed parsing and validation. */
    record Accepted(ServiceRecord record) implements ParsedService {}

    /** The record failed; {@code sourceRecordId} is null when even that was unreadable. */
    record Rejected(String sourceRecordId, List<Reason> reasons) implements ParsedService {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }
}
