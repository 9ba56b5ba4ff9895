package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    private final FieldMapping mapping = new FieldMapping(Map.of(
            "full_name", FieldRule.column("NAMA_LGKP"),
            "sex", new FieldRule(List.of("JENIS_KLMIN"), Map.of("LAKI-LAKI", "L", "1", "L"), null, null),
            "birth_date", new FieldRule(List.of("TGL_LHR"), null, null, "dd-MM-yyyy"),
            "regency_name", new FieldRule(List.of("NAMA_KAB"), null, "KABUPATEN BLORA", null),
            "address", new FieldRule(List.of("JALAN", "DUSUN"), null, null, null)));

    @Test
    void renamesJoinsMapsCodesAndReadsThePatternedDate() {
        FieldMapping.Mapped mapped = mapping.apply(Map.of(
                "NAMA_LGKP", "SITI AMINAH", "JENIS_KLMIN", " laki-laki ", "TGL_LHR", "05-09-1987",
                "JALAN", "JL. MERAPI 4", "DUSUN", "KRAJAN"));

        assertThat(mapped.values()).containsEntry("full_name", "SITI AMINAH").containsEntry("sex", "L")
                .containsEntry("birth_date", "1987-09-05").containsEntry("regency_name", "KABUPATEN BLORA")
                .containsEntry("address", "JL. MERAPI 4 KRAJAN");
        assertThat(mapped.reasons()).isEmpty();
    }

    @Test
    void aDateInAnotherFormatIsAReasonNamingTheField() {
        FieldMapping.Mapped mapped = mapping.apply(Map.of("NAMA_LGKP", "SITI", "TGL_LHR", "1987/09/05"));

        assertThat(mapped.values()).doesNotContainKey("birth_date");
        assertThat(mapped.reasons()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("birth_date");
            assertThat(r.message()).contains("dd-MM-yyyy");
        });
    }

    @Test
    void aDateCellHoldingOnlyInvisibleCharactersIsMissingNotACrash() {
        FieldMapping.Mapped mapped = mapping.apply(Map.of("NAMA_LGKP", "SITI", "TGL_LHR", "\u200B\uFEFF"));

        assertThat(mapped.values()).doesNotContainKey("birth_date");
        assertThat(mapped.reasons()).isEmpty();
    }
}
