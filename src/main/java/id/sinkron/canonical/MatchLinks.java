package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Why each source record is linked to a person: the rule, its score and, for probabilistic links, the explanation. */
@Repository
public class MatchLinks {

    private final JdbcTemplate jdbc;

    public MatchLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One source record linked to a person.
     *
     * @param score 1.0 for {@code exact-nik}; the match weight for {@code probabilistic}; null for a record that
     *     started the person without a candidate
     * @param explanation for {@code probabilistic}: the candidate compared with, the decision, the weight and
     *     probability, the hard negative met (if any) and each comparison's level and weight; null otherwise
     */
    public record MatchLink(String source, String sourceRecordId, String linkRule, Double score,
            Map<String, Object> explanation, OffsetDateTime linkedAt) {}

    /** The links of {@code person} in source and record id order; empty when it has none (or does not exist). */
    public List<MatchLink> of(UUID person) {
        return jdbc.query("""
                select source, source_record_id, link_rule, score, match_explanation, linked_at
                  from source_records where person_id = ? order by source, source_record_id
                """, (rs, i) -> {
                    String explanation = rs.getString(5);
                    return new MatchLink(rs.getString(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4),
                            explanation == null ? null : Jsonb.readMap(explanation), rs.getObject(6, OffsetDateTime.class));
                }, person);
    }
}
