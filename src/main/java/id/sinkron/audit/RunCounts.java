package id.sinkron.audit;

/** Counts of source records in a run. {@code read} = created + updated + unchanged + rejected. */
public record RunCounts(int read, int created, int updated, int unchanged, int rejected) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(read + other.read, created + other.created, updated + other.updated,
                unchanged + other.unchanged, rejected + other.rejected);
    }
}
