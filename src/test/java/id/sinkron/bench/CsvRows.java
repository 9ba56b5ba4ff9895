package id.sinkron.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Rows of a CSV file with a header, blank values left out. */
final class CsvRows {

    private CsvRows() {
    }

    static List<Map<String, String>> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : format.parse(reader)) {
                Map<String, String> row = new HashMap<>();
                record.toMap().forEach((column, value) -> {
                    if (value != null && !value.isBlank()) {
                        row.put(column.strip(), value.strip());
                    }
                });
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + " (FEBRL files: set -Dbench.febrl=DIR)", e);
        }
        return rows;
    }
}
