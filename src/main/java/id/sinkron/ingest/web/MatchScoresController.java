package id.sinkron.ingest.web;

import id.sinkron.canonical.MatchScores;
import id.sinkron.canonical.MatchScores.Bucket;
import id.sinkron.ingest.MatchSettings;
import id.sinkron.match.MatchingConfig;
import id.sinkron.match.MatchingConfigs;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the scores of probabilistic links are distributed, beside the thresholds of the matching model: whether
 * the link and review thresholds sit in the valley between non-matches and matches.
 */
@RestController
@Validated
class MatchScoresController {

    private final MatchScores scores;
    private final MatchSettings settings;

    MatchScoresController(MatchScores scores, MatchSettings settings) {
        this.scores = scores;
        this.settings = settings;
    }

    /**
     * @param linker the linker ingestion uses now ({@code exact} links carry no score)
     * @param thresholds of {@code sinkron.match.config}; null when that file cannot be read (then {@code error})
     * @param scored source records with a probabilistic score
     * @param linked of those, scored at or above the link threshold; {@code review} between review and link;
     *     {@code below} under review (null without thresholds)
     */
    record ScoresView(String linker, MatchingConfig.Thresholds thresholds, String error, long scored, Long linked, Long review,
            Long below, double width, List<Bucket> buckets) {}

    @GetMapping("/api/v1/stats/match-scores")
    ScoresView matchScores(@RequestParam(defaultValue = "1") @DecimalMin("0.1") @DecimalMax("100") double width) {
        MatchingConfig.Thresholds thresholds = null;
        String error = null;
        try {
            thresholds = MatchingConfigs.read(settings.config()).thresholds();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            error = e.getMessage();
        }
        MatchScores.Histogram histogram = scores.histogram(width);
        String linker = settings.linker().name().toLowerCase(Locale.ROOT);
        if (thresholds == null) {
            return new ScoresView(linker, null, error, histogram.scored(), null, null, null, histogram.width(), histogram.buckets());
        }
        return new ScoresView(linker, thresholds, null, histogram.scored(), scores.between(thresholds.link(), null),
                scores.between(thresholds.review(), thresholds.link()), scores.between(null, thresholds.review()),
                histogram.width(), histogram.buckets());
    }
}
