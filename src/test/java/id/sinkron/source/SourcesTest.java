package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @TempDir
    Path dir;

    @Test
    void aMappingWithATypoInAFieldNameIsRefusedNamingFileLineAndFieldWhileOthersLoad() throws Exception {
        Files.writeString(dir.resolve("good.yml"), """
                id: good
                agency: Dinas A
                entity: person
                """);
        Files.writeString(dir.resolve("typo.yml"), """
                id: typo
                agency: Dinas B
                entity: person
                mapping:
                  source_record_id: ID
                  full_name: NAMA
                  birth_dat: TGL_LHR
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.find("good")).isPresent();
        assertThat(sources.find("typo")).isEmpty();
        assertThat(sources.problems()).hasSize(1);
        assertThat(sources.problems().get(0).file()).endsWith("typo.yml");
        assertThat(sources.problems().get(0).errors()).singleElement().asString()
                .startsWith("line 7: mapping.birth_dat: unknown canonical field");
    }

    @Test
    void aSourceWithoutIdOrAgencyIsRefusedWithEveryError() throws Exception {
        Files.writeString(dir.resolve("bad.yml"), """
                id: Bad Id
                entity: vehicle
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.all()).isEmpty();
        assertThat(sources.problems().get(0).errors()).hasSize(3)
                .anySatisfy(e -> assertThat(e).contains("id:"))
                .anySatisfy(e -> assertThat(e).contains("agency:"))
                .anySatisfy(e -> assertThat(e).contains("entity:"));
    }

    @Test
    void aMappingMustCoverTheRequiredFields() throws Exception {
        Files.writeString(dir.resolve("partial.yml"), """
                id: partial
                agency: Dinas C
                entity: person
                mapping:
                  nik: NIK
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.problems().get(0).errors())
                .anySatisfy(e -> assertThat(e).contains("source_record_id"))
                .anySatisfy(e -> assertThat(e).contains("full_name"));
    }

    @Test
    void theShippedSourcesAllLoad() {
        Sources sources = new Sources(new SourceSettings(Path.of("config/sources")), VALIDATOR);

        assertThat(sources.problems()).isEmpty();
        assertThat(sources.all()).extracting(SourceDefinition::id).contains("dinkes-puskesmas", "dinsos-dtks", "dukcapil-blora");
        // the drop examples (routes/file-drops.yaml, routes/remote-drops.yaml)
        assertThat(sources.all()).extracting(SourceDefinition::id).contains("dinkes-kohort", "disdik-dapodik", "bkkbn-keluarga",
                "pemdes-penduduk", "rsud-pasien", "puskesmas-simpus");
        SourceDefinition kohort = sources.require("dinkes-kohort");
        assertThat(kohort.charset().name()).isEqualTo("windows-1252");
        assertThat(kohort.delimiter()).isEqualTo(';');
        assertThat(sources.require("pemdes-penduduk").format()).isEqualTo(RowFormat.XLSX);
        assertThat(sources.require("pemdes-penduduk").sheet()).isEqualTo("Penduduk");
        assertThat(sources.require("bkkbn-keluarga").format()).isEqualTo(RowFormat.JSON);
    }

    @Test
    void refusesAFormatItCannotRead() throws Exception {
        Path file = dir.resolve("xml.yml");
        Files.writeString(file, "id: xml-source\nagency: X\nentity: person\nformat: xml\n");

        List<String> errors = new java.util.ArrayList<>();
        Sources.read(file, VALIDATOR, errors);

        assertThat(errors).containsExactly("line 4: format: must be csv, ndjson, json or xlsx");
    }

    @Test
    void mappingRenamesAppliesCodesAndDefaultsAndJoinsColumns() {
        FieldMapping mapping = new FieldMapping(Map.of(
                "sex", new FieldRule(List.of("JK"), Map.of("1", "L", "2", "P"), null, null),
                "full_name", new FieldRule(List.of("DEPAN", "BELAKANG"), null, null, null),
                "regency_name", new FieldRule(List.of("KAB"), null, "KABUPATEN BLORA", null),
                "birth_date", new FieldRule(List.of("LAHIR"), null, null, "yyyyMMdd")));

        FieldMapping.Mapped mapped = mapping.apply(Map.of("JK", "2", "DEPAN", "SRI", "BELAKANG", "WAHYUNI", "KAB", " ", "LAHIR", "19870905"));

        assertThat(mapped.reasons()).isEmpty();
        assertThat(mapped.values()).containsEntry("sex", "P").containsEntry("full_name", "SRI WAHYUNI")
                .containsEntry("regency_name", "KABUPATEN BLORA").containsEntry("birth_date", "1987-09-05");
    }

    @Test
    void aDateNotMatchingTheMappedPatternIsAReasonForThatField() {
        FieldMapping mapping = new FieldMapping(Map.of("birth_date", new FieldRule(List.of("LAHIR"), null, null, "yyyyMMdd")));

        FieldMapping.Mapped mapped = mapping.apply(Map.of("LAHIR", "05-09-1987"));

        assertThat(mapped.reasons()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("birth_date"));
    }
}
