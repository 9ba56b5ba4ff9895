package id.sinkron.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sync runs and rejections summed up for charts: records per run over time, rejection reasons per source. */
@Repository
public class RunStatistics {

    /** More runs than a chart can show; the newest are kept. */
    static final int MAX_RUNS = 5_000;

    private final JdbcTemplate jdbc;

    public RunStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One run as a point of the chart: when it started and what it counted. */
    public record RunPoint(long id, String source, RunStatus status, OffsetDateTime startedAt, OffsetDateTime endedAt,
            RunCounts counts) {}

    /**
     * Rejections of a source for one field (a reason's {@code field}; {@code record} for the record as a whole).
     * A rejection with reasons for two fields counts once for each.
     */
    public record ReasonCount(String source, String field, long rejections) {}

    /** The runs started in the last {@code days} days, oldest first (at most the newest {@value #MAX_RUNS}). */
    public List<RunPoint> runs(int days) {
        return jdbc.query("""
                select * from (
                    select id, source, status, started_at, ended_at, records_read, records_created, records_updated,
                           records_unchanged, records_rejected
                      from sync_runs where started_at >= now() - make_interval(days => ?)
                     order by id desc limit ?) newest
                 order by id
                """, (rs, i) -> new RunPoint(rs.getLong("id"), rs.getString("source"), RunStatus.valueOf(rs.getString("status")),
                        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
                        new RunCounts(rs.getInt("records_read"), rs.getInt("records_created"), rs.getInt("records_updated"),
                                rs.getInt("records_unchanged"), rs.getInt("records_rejected"))),
                days, MAX_RUNS);
    }

    /** Rejections of the last {@code days} days. */
    public long rejections(int days) {
        return jdbc.queryForObject("select count(*) from rejections where rejected_at >= now() - make_interval(days => ?)",
                Long.class, days);
    }

    /** Rejections of the last {@code days} days by source and field, most frequent first within a source. */
    public List<ReasonCount> rejectionReasons(int days) {
        return jdbc.query("""
                select r.source, coalesce(reason ->> 'field', 'record') as field, count(distinct r.id) as rejections
                  from rejections r cross join lateral json_array_elements(r.reasons) reason
                 where r.rejected_at >= now() - make_interval(days => ?)
                 group by r.source, coalesce(reason ->> 'field', 'record')
                 order by r.source, rejections desc, field
                """, (rs, i) -> new ReasonCount(rs.getString("source"), rs.getString("field"), rs.getLong("rejections")), days);
    }
}
