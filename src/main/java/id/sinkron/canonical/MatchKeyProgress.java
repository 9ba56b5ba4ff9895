package id.sinkron.canonical;

import java.time.OffsetDateTime;

/**
 * Whether the stored blocking keys follow the linker's rules, and how far a rebuild of them has come.
 *
 * @param keepsKeys false with the exact-NIK linker, which needs no keys
 * @param upToDate every person's keys follow the linker's current rules
 * @param rebuilding a rebuild is under way (or was stopped and resumes at the next start or request)
 * @param done persons whose keys the last or current rebuild has written
 * @param total persons in the store when that rebuild started
 * @param startedAt when the last or current rebuild started; null if none has
 * @param finishedAt when the last rebuild finished; null while one runs
 */
public record MatchKeyProgress(boolean keepsKeys, boolean upToDate, boolean rebuilding, long done, long total,
        OffsetDateTime startedAt, OffsetDateTime finishedAt) {}
