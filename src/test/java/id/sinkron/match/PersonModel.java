package id.sinkron.match;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shipped {@code config/matching.yml}, and person records for it written as {@code key=value} pairs. */
final class PersonModel {

    static final MatchingModel MODEL = new MatchingModel(MatchingConfigs.read(Path.of("config/matching.yml")), PersonCleaners.cleaners());

    private PersonModel() {
    }

    /** @param fields alternating input column and value, e.g. {@code "full_name", "SRI WAHYUNI"} */
    static MatchRecord person(String id, String... fields) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            row.put(fields[i], fields[i + 1]);
        }
        return MODEL.preparer().prepare(id, "test", row);
    }

    static Scorer scorer(List<MatchRecord> population) {
        return new Scorer(MODEL, TermFrequencies.of(MODEL.tfFields(), population));
    }
}
