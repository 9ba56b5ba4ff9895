package id.sinkron.audit;

/**
 * How far a sync run has come: its rate, and against the total the source announced (when it did) the share
 * done and the time left. The records so far are the run's {@code counts.read}, updated with every committed batch.
 *
 * @param expectedTotal records the source said the run would bring; null when it did not say
 * @param recordsPerSecond records read per second since the run started (until it ended, once it has)
 * @param percent share of {@code expectedTotal} read, 0–100; null without a total
 * @param etaSeconds seconds left at the current rate while the run is RUNNING with a known total; else null
 */
public record RunProgress(Long expectedTotal, double recordsPerSecond, Double percent, Long etaSeconds) {

    /** @param elapsedSeconds seconds from the start to now (running) or to the end (finished) */
    public static RunProgress of(RunStatus status, long read, Long expectedTotal, double elapsedSeconds) {
        double rate = elapsedSeconds > 0 ? round(read / elapsedSeconds) : 0;
        if (expectedTotal == null || expectedTotal <= 0) {
            return new RunProgress(expectedTotal, rate, null, null);
        }
        // a source's total is an estimate (records change while paging): never show more than 100 % or a negative ETA
        double percent = round(Math.min(100.0, 100.0 * read / expectedTotal));
        Long eta = status == RunStatus.RUNNING && rate > 0 ? Math.round(Math.max(0, expectedTotal - read) / rate) : null;
        return new RunProgress(expectedTotal, rate, percent, eta);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
