package id.sinkron.bench;

import id.sinkron.match.MatchRecord;
import id.sinkron.match.MatchingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the FEBRL files from {@code ../shared/datasets/febrl/} (override: {@code -Dbench.febrl=DIR}; provenance
 * and licence in that folder's README) and maps their columns onto the matcher's person fields. The ground truth
 * lives only in {@code rec_id} ({@code rec-N-org}, {@code rec-N-dup-K}: same N, same person); it is used to
 * count, never to match.
 */
final class FebrlData {

    private static final Map<String, String> COLUMNS = Map.of(
            "given_name", "given_name", "surname", "surname", "street_number", "street_number",
            "address_1", "address_1", "address_2", "address_2", "suburb", "suburb", "postcode", "postcode",
            "state", "state", "date_of_birth", "birth_date", "soc_sec_id", "id_number");

    private FebrlData() {
    }

    static Path dir() {
        return Path.of(System.getProperty("bench.febrl", "../shared/datasets/febrl"));
    }

    /** The rows of a FEBRL file, keyed by person-model field names, plus {@code rec_id}. */
    static List<Map<String, String>> rows(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> raw : CsvRows.read(file)) {
            Map<String, String> row = new HashMap<>();
            raw.forEach((column, value) -> {
                String field = COLUMNS.get(column);
                if (field != null) {
                    row.put(field, value);
                }
            });
            row.put("rec_id", raw.get("rec_id"));
            rows.add(row);
        }
        return rows;
    }

    static List<MatchRecord> records(String dataset, MatchingModel model) {
        return rows(dir().resolve(dataset + ".csv")).stream()
                .map(row -> model.preparer().prepare(row.get("rec_id"), dataset, row)).toList();
    }

    /** The person a FEBRL record stands for: the N of {@code rec-N-…}. */
    static String person(String recId) {
        return recId.substring(4, recId.indexOf('-', 4));
    }
}
