package id.sinkron.audit;

import id.sinkron.canonical.Reason;
import java.util.List;

/** A rejection to store with the batch it belongs to. */
public record NewRejection(int recordNo, String sourceRecordId, String payload, List<Reason> reasons) {

    public NewRejection {
        reasons = List.copyOf(reasons);
    }
}
