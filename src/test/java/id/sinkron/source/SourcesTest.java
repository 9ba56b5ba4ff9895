package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(sources.all()).extracting(SourceDefinition::id).contains("dinkes-puskesmas", "dinsos-api", "dinsos-bansos", "dinsos-dtks",
                "disdik-api", "disnaker-amqp", "dukcapil-blora", "rsud-kafka", "rsud-kelahiran", "simpus-dinkes");
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
    void aTypoInAFieldNameSuggestsTheFieldMeant() throws Exception {
        Sources sources = load("""
                id: typo
                agency: Dinas B
                entity: person
                mapping:
                  source_record_id: ID
                  ful_name: NAMA
                """);

        assertThat(sources.problems().get(0).errors())
                .anySatisfy(e -> assertThat(e).startsWith("line 6: mapping.ful_name: unknown canonical field, did you mean full_name?"))
                .anySatisfy(e -> assertThat(e).startsWith("line 4: mapping: must map the required field full_name"));
        assertThat(sources.problems().get(0).source()).isEqualTo("typo");
    }

    @Test
    void aCodeWrittenTwiceIsRefusedAtItsLine() throws Exception {
        Sources sources = load("""
                id: twice
                agency: Dinas B
                entity: person
                mapping:
                  source_record_id: ID
                  full_name: NAMA
                  religion:
                    from: AGAMA
                    codes:
                      "1": ISLAM
                      "1": KRISTEN
                """);

        assertThat(sources.problems()).singleElement().satisfies(p -> assertThat(p.errors()).singleElement().asString()
                .startsWith("line 11: ").endsWith("Duplicate field '1'"));
    }

    @Test
    void aMistakeInsideARuleNamesTheLineOfItsKey() throws Exception {
        Sources sources = load("""
                id: nested
                agency: Dinas B
                entity: person
                mapping:
                  source_record_id: ID
                  full_name: NAMA
                  birth_date:
                    from: TTL
                    split:
                      pattern: "(.*),\\\\s*([0-9-]+"
                      part: 2
                  sex:
                    from: JK
                    case: uper
                  rt:
                    from: RT
                    replace:
                      - pattern: "^0+"
                        wiht: ""
                """);

        assertThat(sources.problems().get(0).errors()).satisfiesExactly(
                e -> assertThat(e).startsWith("line 10: mapping.birth_date.split.pattern: '(.*),\\s*([0-9-]+' is not a valid regular expression"),
                e -> assertThat(e).isEqualTo("line 14: mapping.sex.case: 'uper' is not one of upper, lower"),
                e -> assertThat(e).isEqualTo("line 19: mapping.rt.replace.0.wiht: unknown key 'wiht' (expected one of pattern, with)"));
    }

    @Test
    void trustIsOneNumberOrADefaultWithFields() throws Exception {
        Files.writeString(dir.resolve("a.yml"), """
                id: scalar
                agency: Dinas A
                entity: person
                trust: 70
                """);
        Files.writeString(dir.resolve("b.yml"), """
                id: per-field
                agency: Dinas B
                entity: person
                trust:
                  default: 90
                  fields: { phone: 30, address: 60 }
                """);
        Files.writeString(dir.resolve("c.yml"), """
                id: unsaid
                agency: Dinas C
                entity: person
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.problems()).isEmpty();
        assertThat(sources.require("scalar").trust("phone")).isEqualTo(70);
        SourceDefinition perField = sources.require("per-field");
        assertThat(perField.trust()).isEqualTo(90);
        assertThat(perField.trust("full_name")).isEqualTo(90);
        assertThat(perField.trust("phone")).isEqualTo(30);
        assertThat(perField.trust("address")).isEqualTo(60);
        assertThat(sources.require("unsaid").trust("phone")).isEqualTo(50);
    }

    @Test
    void aTrustOutOfRangeOrForAnUnknownFieldIsRefusedWithItsLine() throws Exception {
        Sources sources = load("""
                id: bad-trust
                agency: Dinas B
                entity: person
                trust:
                  default: 101
                  fields:
                    phone: 30
                    phon: 20
                    address: -1
                """);

        assertThat(sources.problems().get(0).errors()).hasSize(3)
                .contains("line 5: trust.default: must be less than or equal to 100",
                        "line 9: trust.fields.address: must be greater than or equal to 0")
                .anySatisfy(e -> assertThat(e).startsWith("line 8: trust.fields.phon: unknown canonical field, did you mean phone?"));
    }

    @Test
    void aTrustWrittenAsOneNumberIsCheckedAtItsLine() throws Exception {
        Sources sources = load("id: too-trusting\nagency: A\nentity: person\ntrust: 150\n");

        assertThat(sources.problems().get(0).errors()).containsExactly("line 4: trust: must be less than or equal to 100");
    }

    @Test
    void aScheduleIsADurationOrACronExpression() throws Exception {
        Files.writeString(dir.resolve("a.yml"), "id: every\nagency: A\nentity: person\nschedule: PT15M\n");
        Files.writeString(dir.resolve("b.yml"), "id: nightly\nagency: B\nentity: person\nschedule: \"0 0 2 * * *\"\n");
        Files.writeString(dir.resolve("c.yml"), "id: broken\nagency: C\nentity: person\nschedule: every 15 minutes\n");

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.require("every").schedule().every()).hasMinutes(15);
        assertThat(sources.require("nightly").schedule().cron()).isEqualTo("0 0 2 * * *");
        assertThat(sources.problems()).singleElement().satisfies(p -> assertThat(p.errors()).singleElement().asString()
                .startsWith("line 4: schedule: 'every 15 minutes' is neither an ISO-8601 duration (e.g. PT15M) nor a cron expression"));
        assertThat(SourceProperties.of(sources)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sinkron.source.every.schedule", "PT15M",
                "sinkron.source.every.schedule-delay-ms", "900000",
                "sinkron.source.nightly.schedule", "0 0 2 * * *",
                "sinkron.source.nightly.schedule-cron", "0 0 2 * * *"));
    }

    @Test
    void anUnknownKeyNamesItsLineAndTheKeysExpected() throws Exception {
        Sources sources = load("""
                id: unknown-key
                agency: Dinas B
                entity: person
                trust-per-field: { phone: 30 }
                """);

        assertThat(sources.problems().get(0).errors()).singleElement().asString()
                .startsWith("line 4: trust-per-field: unknown key 'trust-per-field' (expected one of agency, charset,");
        assertThat(sources.problems().get(0).source()).isEqualTo("unknown-key");
    }

    @Test
    void aRefusedSourceIsUnknownWithTheReasonItWasRefused() throws Exception {
        Sources sources = load("""
                id: refused
                agency: Dinas B
                entity: person
                mapping:
                  source_record_id: ID
                  full_name: NAMA
                  nik: { from: NIK, case: sideways }
                """);

        assertThatThrownBy(() -> sources.require("refused")).isInstanceOf(UnknownSource.class)
                .hasMessageContaining("source 'refused' was refused, ")
                .hasMessageContaining("line 7: mapping.nik.case: 'sideways' is not one of upper, lower");
        assertThatThrownBy(() -> sources.require("never-declared")).isInstanceOf(UnknownSource.class)
                .hasMessageContaining("no source 'never-declared' is declared");
    }

    private Sources load(String yaml) throws Exception {
        Files.writeString(dir.resolve("source.yml"), yaml);
        return new Sources(new SourceSettings(dir), VALIDATOR);
    }

    @Test
    void anIncrementalSourceDeclaresItsWatermarkFieldAndInitialValue() throws Exception {
        Files.writeString(dir.resolve("simpus.yml"), """
                id: simpus
                agency: Dinas Kesehatan
                entity: person
                incremental:
                  field: updated_at
                  initial: "1970-01-01T00:00:00"
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.require("simpus").incremental()).isEqualTo(new Incremental("updated_at", "1970-01-01T00:00:00"));
    }

    @Test
    void anIncrementalDeclarationWithoutFieldIsRefusedNamingTheKey() throws Exception {
        Files.writeString(dir.resolve("simpus.yml"), """
                id: simpus
                agency: Dinas Kesehatan
                entity: person
                incremental:
                  initial: "0"
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.find("simpus")).isEmpty();
        assertThat(sources.problems().get(0).errors()).singleElement().asString()
                .isEqualTo("line 4: incremental.field: must name the native field whose highest value is the watermark, e.g. updated_at");
    }

    @Test
    void anIncrementalDeclarationWithAnUnknownKeyIsRefusedNamingTheKey() throws Exception {
        Files.writeString(dir.resolve("simpus.yml"), """
                id: simpus
                agency: Dinas Kesehatan
                entity: person
                incremental:
                  column: updated_at
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.problems().get(0).errors()).singleElement().asString()
                .isEqualTo("line 5: incremental.column: unknown key 'column' (expected one of field, initial)");
    }
}
