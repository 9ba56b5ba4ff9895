package id.sinkron.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of {@code config/matching.yml}: how records are cleaned, blocked, compared and decided, with the
 * Fellegi–Sunter parameters, whether hand-set or estimated ({@link Estimation} says which).
 *
 * @param description what the model is for
 * @param prior probability that two records drawn at random are the same person (λ)
 * @param thresholds match weights at which a pair is linked or sent to review
 * @param maxBlockSize blocks larger than this are skipped (and logged): they are too common to tell anything
 * @param tfMinimumU the smallest value frequency term-frequency adjustment uses, so a unique value cannot weigh
 *        without bound
 * @param tfPriorRecords how many records a tf level's average u counts for beside a measured frequency: u is
 *        (count + u·n) / (total + n), so a value measured among few records (a young store) weighs about as its
 *        level does, and one measured among many weighs as often as it occurs; 0 uses the measured share alone
 * @param fields the cleaned and derived fields by name, in the order they are computed
 * @param blocking the blocking rules: two records become a candidate pair when any rule's key is equal
 * @param comparisons the comparisons whose level weights add up to the match weight
 * @param hardNegatives level combinations that keep two records apart whatever their weight
 * @param estimation where m, u and the prior came from
 */
public record MatchingConfig(String description, double prior, Thresholds thresholds, int maxBlockSize,
        double tfMinimumU, int tfPriorRecords, Map<String, FieldSpec> fields, List<BlockingRule> blocking, List<Comparison> comparisons,
        List<HardNegative> hardNegatives, Estimation estimation) {

    public MatchingConfig {
        if (!(prior > 0 && prior < 1)) {
            throw new IllegalArgumentException("prior must be in (0, 1), was " + prior);
        }
        Objects.requireNonNull(thresholds, "thresholds");
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("max-block-size must be at least 2, was " + maxBlockSize);
        }
        if (!(tfMinimumU > 0 && tfMinimumU < 1)) {
            tfMinimumU = 1e-6;
        }
        if (tfPriorRecords < 0) {
            throw new IllegalArgumentException("tf-prior-records must be 0 or more, was " + tfPriorRecords);
        }
        fields = new LinkedHashMap<>(Objects.requireNonNull(fields, "fields"));
        blocking = List.copyOf(Objects.requireNonNull(blocking, "blocking"));
        comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
        hardNegatives = hardNegatives == null ? List.of() : List.copyOf(hardNegatives);
    }

    /** This configuration with estimated comparisons and prior. */
    public MatchingConfig estimated(List<Comparison> newComparisons, double newPrior, Estimation how) {
        return new MatchingConfig(description, newPrior, thresholds, maxBlockSize, tfMinimumU, tfPriorRecords, fields, blocking,
                newComparisons, hardNegatives, how);
    }

    /**
     * A cleaned field.
     *
     * @param from the input column it is cleaned from; null means the column of the field's own name
     * @param cleaners names of the {@link Cleaners} applied in order
     */
    public record FieldSpec(String from, List<String> cleaners) {
        public FieldSpec {
            cleaners = cleaners == null ? List.of() : List.copyOf(cleaners);
        }
    }

    /**
     * Decision thresholds on the match weight (log2 of the Bayes factor, prior included).
     *
     * @param link at or above: the records are the same person
     * @param review at or above (and below {@code link}): a person decides
     */
    public record Thresholds(double link, double review) {
        public Thresholds {
            if (review > link) {
                throw new IllegalArgumentException("thresholds: review (" + review + ") must not exceed link (" + link + ")");
            }
        }
    }

    /**
     * Provenance of the parameters.
     *
     * @param method {@code hand-set} or {@code em}
     * @param data the records they were estimated from
     * @param at when
     * @param randomPairs pairs sampled to estimate u
     * @param blockedPairs candidate pairs EM ran over (all training rules)
     * @param iterations EM iterations, summed over the training rules
     */
    public record Estimation(String method, String data, String at, long randomPairs, long blockedPairs, int iterations) {
    }
}
