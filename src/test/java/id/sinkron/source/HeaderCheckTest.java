package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt native column fails the run at the header instead of leaving a field empty in every record. */
class HeaderCheckTest {

    @TempDir
    Path dir;

    private SourceDefinition source() throws Exception {
        Files.writeString(dir.resolve("kecamatan.yml"), """
                id: kecamatan
                agency: Kecamatan Cepu
                entity: person
                mapping:
                  source_record_id: ID
                  full_name: NAMA_LGKPP
                  birth_place: { from: TTL, split: { separator: ",", part: 1 } }
                  birth_date: { from: TTL, split: { separator: ",", part: 2 } }
                """);
        return new Sources(new SourceSettings(dir), Validation.buildDefaultValidatorFactory().getValidator()).require("kecamatan");
    }

    private static List<SourceRow> read(SourceDefinition source, String csv) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), source)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void aMappedColumnMissingFromTheHeaderFailsNamingItsMappingAndTheHeader() throws Exception {
        SourceDefinition source = source();

        assertThatThrownBy(() -> read(source, "ID,NAMA_LGKP,TTL\n1,SITI,\"BLORA, 12-05-1980\"\n"))
                .isInstanceOf(UnreadableInput.class)
                .hasMessage("the CSV header has no column NAMA_LGKPP (mapped to full_name, line 6 of " + dir.resolve("kecamatan.yml")
                        + "); its columns are: ID, NAMA_LGKP, TTL");
    }

    @Test
    void everyMissingColumnIsNamedWithEveryFieldItFills() throws Exception {
        SourceDefinition source = source();

        assertThatThrownBy(() -> read(source, "ID,NAMA\n1,SITI\n"))
                .hasMessageContaining("NAMA_LGKPP (mapped to full_name, line 6 of ")
                .hasMessageContaining("TTL (mapped to birth_date, line 8; birth_place, line 7 of ");
    }

    @Test
    void aHeaderWithEveryMappedColumnReadsRowsAsUsual() throws Exception {
        List<SourceRow> rows = read(source(), "ID,NAMA_LGKPP,TTL,EXTRA\n1,SITI,\"BLORA, 12-05-1980\",x\n");

        assertThat(rows).singleElement().satisfies(r -> assertThat(source().mapping().apply(r.values()).values())
                .containsEntry("birth_place", "BLORA").containsEntry("birth_date", "12-05-1980").containsEntry("full_name", "SITI"));
    }
}
