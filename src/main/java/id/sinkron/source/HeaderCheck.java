package id.sinkron.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns a header must hold: those the source's mapping reads. A missing one is named with the fields it
 * fills, the file and line that map it, and the columns the header does have, so the typo (in the mapping or in
 * the agency's export) is found without opening the file.
 *
 * @param columns native column → the canonical fields it fills, with their lines
 * @param file where the mapping is declared
 */
record HeaderCheck(Map<String, String> columns, String file) {

    static final HeaderCheck NONE = new HeaderCheck(Map.of(), null);

    static HeaderCheck of(SourceDefinition source) {
        return new HeaderCheck(source.mapping().columns(), String.valueOf(source.file()));
    }

    /** UnreadableInput when {@code header} lacks a mapped column. */
    void check(List<String> header) {
        List<String> missing = columns.keySet().stream().filter(c -> !header.contains(c)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String which = missing.stream().map(c -> c + " (mapped to " + columns.get(c) + " of " + file + ")")
                .collect(Collectors.joining(", "));
        throw new UnreadableInput("the CSV header has no column " + which + "; its columns are: " + String.join(", ", header));
    }
}
