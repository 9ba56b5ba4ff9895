package id.sinkron.canonical;

/**
 * Why a record was rejected: the canonical field (or {@code record} for the whole row) and a message an
 * administrator can act on.
 */
public record Reason(String field, String message) {

    public static final String WHOLE_RECORD = "record";

    public Reason {
        field = field == null || field.isBlank() ? WHOLE_RECORD : field;
    }
}
