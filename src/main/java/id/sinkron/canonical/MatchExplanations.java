package id.sinkron.canonical;

import id.sinkron.database.Jsonb;
import id.sinkron.match.ComparisonResult;
import id.sinkron.match.Explanation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of {@code source_records.match_explanation}, in the API's snake_case. */
final class MatchExplanations {

    private MatchExplanations() {
    }

    /** The explanation as stored, or null when the decision had none. */
    static String json(Explanation explanation) {
        if (explanation == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("candidate", explanation.candidate());
        json.put("decision", explanation.decision());
        json.put("weight", round(explanation.score().weight()));
        json.put("probability", explanation.score().probability());
        json.put("hard_negative", explanation.score().hardNegative());
        List<Map<String, Object>> comparisons = explanation.comparisons().stream().map(MatchExplanations::comparison).toList();
        json.put("comparisons", comparisons);
        return Jsonb.write(json);
    }

    private static Map<String, Object> comparison(ComparisonResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comparison", result.comparison());
        json.put("level", result.level());
        json.put("weight", round(result.weight()));
        return json;
    }

    private static double round(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }
}
