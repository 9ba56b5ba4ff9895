package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sinkron.source.SourceReload.Outcome;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files changed while Sinkron runs, read again by {@link Sources#reload}: checked as at start-up. */
class SourcesReloadTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @TempDir
    Path dir;

    Sources sources;

    @BeforeEach
    void declareTwoSources() throws Exception {
        write("blora.yml", "blora", "NAMA_LGKP", "PT5S");
        write("cepu.yml", "cepu", "NAMA", null);
        sources = new Sources(new SourceSettings(dir), VALIDATOR);
    }

    @Test
    void aChangedValidFileReplacesItsSourceAndTheOthersStayUnchanged() throws Exception {
        write("blora.yml", "blora", "NAMA_LENGKAP", "PT1M");

        assertThat(sources.reload(Map.of())).extracting(SourceReload::file, SourceReload::outcome, SourceReload::source).containsExactly(
                tuple(dir.resolve("blora.yml").toString(), Outcome.UPDATED, "blora"),
                tuple(dir.resolve("cepu.yml").toString(), Outcome.UNCHANGED, "cepu"));
        assertThat(sources.require("blora").mapping().columns()).containsKey("NAMA_LENGKAP").doesNotContainKey("NAMA_LGKP");
        assertThat(sources.require("blora").schedule().text()).isEqualTo("PT1M");
        assertThat(sources.problems()).isEmpty();
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndItsSourceKeepsThePreviousDeclaration() throws Exception {
        Files.writeString(dir.resolve("blora.yml"), """
                id: blora
                agency: Disdukcapil Blora
                entity: person
                mapping:
                  source_record_id: ID
                  ful_name: NAMA
                """);

        SourceReload refused = sources.reload(Map.of()).get(0);

        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.source()).isEqualTo("blora");
        assertThat(refused.keepsPrevious()).isTrue();
        assertThat(refused.errors()).first().asString().startsWith("line 6: mapping.ful_name: unknown canonical field");
        assertThat(sources.require("blora").mapping().columns()).containsKey("NAMA_LGKP");
        assertThat(sources.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("blora.yml");
            assertThat(p.source()).isEqualTo("blora");
            assertThat(p.errors().get(0)).contains("mapping.ful_name");
        });
        // refused again while it stays broken; fixed, it applies and the problem is gone
        assertThat(sources.reload(Map.of()).get(0).outcome()).isEqualTo(Outcome.REFUSED);
        write("blora.yml", "blora", "NAMA_LENGKAP", "PT5S");
        assertThat(sources.reload(Map.of()).get(0).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(sources.problems()).isEmpty();
        assertThat(sources.require("blora").mapping().columns()).containsKey("NAMA_LENGKAP");
    }

    @Test
    void aRemovedFileRemovesItsSource() throws Exception {
        Files.delete(dir.resolve("cepu.yml"));

        assertThat(sources.reload(Map.of())).extracting(SourceReload::outcome, SourceReload::source)
                .containsExactly(tuple(Outcome.UNCHANGED, "blora"), tuple(Outcome.REMOVED, "cepu"));
        assertThat(sources.find("cepu")).isEmpty();
        assertThat(sources.all()).extracting(SourceDefinition::id).containsExactly("blora");
    }

    @Test
    void aNewFileAddsItsSource() throws Exception {
        write("randublatung.yml", "randublatung", "NAMA", null);

        assertThat(sources.reload(Map.of())).extracting(SourceReload::outcome, SourceReload::source)
                .containsExactly(tuple(Outcome.UNCHANGED, "blora"), tuple(Outcome.UNCHANGED, "cepu"), tuple(Outcome.ADDED, "randublatung"));
        assertThat(sources.find("randublatung")).isPresent();
    }

    @Test
    void aNewFileDeclaringAnIdAlreadyDeclaredIsRefusedAndTheFirstKeepsIt() throws Exception {
        write("a-copy.yml", "cepu", "NAMA_BARU", null);

        SourceReload refused = sources.reload(Map.of()).get(0);

        assertThat(refused.file()).endsWith("a-copy.yml");
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.errors()).containsExactly("id 'cepu' is already declared in " + dir.resolve("cepu.yml"));
        assertThat(sources.require("cepu").file()).isEqualTo(dir.resolve("cepu.yml"));
        assertThat(sources.require("cepu").mapping().columns()).containsKey("NAMA");
    }

    @Test
    void changingTheIdInAFileRemovesTheOldSourceAndAddsTheNew() throws Exception {
        write("cepu.yml", "kecamatan-cepu", "NAMA", null);

        assertThat(sources.reload(Map.of())).extracting(SourceReload::outcome, SourceReload::source)
                .containsExactly(tuple(Outcome.UNCHANGED, "blora"), tuple(Outcome.REMOVED, "cepu"), tuple(Outcome.ADDED, "kecamatan-cepu"));
        assertThat(sources.find("cepu")).isEmpty();
        assertThat(sources.find("kecamatan-cepu")).isPresent();
    }

    @Test
    void aSourceNamedInConfigurationReadAtStartUpIsNotRemoved() throws Exception {
        Files.delete(dir.resolve("cepu.yml"));

        SourceReload refused = sources.reload(Map.of("cepu", "a ranking of sinkron.survivorship.config=config/survivorship.yml")).get(1);

        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.errors()).singleElement().asString()
                .contains("source 'cepu' is named in a ranking of sinkron.survivorship.config=config/survivorship.yml");
        assertThat(sources.find("cepu")).isPresent();
    }

    @Test
    void aServiceSourceNamingAPersonSourceThatIsNotDeclaredIsRefusedAsAtStartUp() throws Exception {
        Files.writeString(dir.resolve("bansos.yml"), """
                id: bansos
                agency: Disdukcapil Blora
                entity: service
                person-source: tidak-ada
                mapping:
                  source_record_id: ID
                  service_type: JENIS
                  external_id: NO_KKS
                  status: STATUS
                """);

        SourceReload refused = sources.reload(Map.of()).get(0);

        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.errors()).singleElement().asString().contains("person-source: 'tidak-ada' is not a declared person source");
        assertThat(refused.keepsPrevious()).isFalse();
        assertThat(sources.find("bansos")).isEmpty();
    }

    @Test
    void aFileRefusedAtStartUpIsAddedOnceFixed() throws Exception {
        Files.writeString(dir.resolve("cepu.yml"), "id: cepu\nagency: Kecamatan Cepu\nentity: persons\n");
        sources = new Sources(new SourceSettings(dir), VALIDATOR);
        assertThat(sources.find("cepu")).isEmpty();

        write("cepu.yml", "cepu", "NAMA", null);

        assertThat(sources.reload(Map.of()).get(1).outcome()).isEqualTo(Outcome.ADDED);
        assertThat(sources.find("cepu")).isPresent();
        assertThat(sources.problems()).isEmpty();
    }

    private void write(String file, String id, String nameColumn, String schedule) throws Exception {
        Files.writeString(dir.resolve(file), "id: " + id + "\nagency: Agency of " + id + "\nentity: person\n"
                + (schedule == null ? "" : "schedule: " + schedule + "\n")
                + "mapping:\n  source_record_id: ID\n  full_name: " + nameColumn + "\n");
    }
}
