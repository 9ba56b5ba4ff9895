package id.sinkron.source;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.service.ServiceStatus;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files declaring {@code entity: service}: their mapping, status codes and person source. */
class ServiceSourcesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final String DTKS = """
            id: dtks
            agency: Dinas Sosial
            entity: person
            """;

    @TempDir
    Path dir;

    @Test
    void aServiceSourceWithStatusCodesAttributesAndAPersonSourceLoads() throws Exception {
        Files.writeString(dir.resolve("dtks.yml"), DTKS);
        Files.writeString(dir.resolve("bansos.yml"), """
                id: bansos
                agency: Dinas Sosial
                entity: service
                person-source: dtks
                statuses:
                  ACTIVE: [AKTIF, "1"]
                  ENDED: [KELUAR]
                mapping:
                  source_record_id: ID
                  service_type: { from: JENIS, default: BPNT }
                  external_id: NO_KKS
                  status: STATUS
                  person_nik: NIK
                  attributes.nominal: NOMINAL
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.problems()).isEmpty();
        SourceDefinition bansos = sources.require("bansos");
        assertThat(bansos.entity()).isEqualTo("service");
        assertThat(bansos.personSource()).isEqualTo("dtks");
        assertThat(bansos.statuses().parse("1")).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(bansos.mapping().rules()).containsKey("attributes.nominal");
        assertThat(sources.personSourcesOf("Dinas Sosial")).containsExactly("dtks");
    }

    @Test
    void aPersonSourceOfAnotherAgencyIsRefusedNamingTheLine() throws Exception {
        Files.writeString(dir.resolve("dtks.yml"), DTKS);
        Files.writeString(dir.resolve("bpjs.yml"), """
                id: bpjs
                agency: BPJS Kesehatan
                entity: service
                person-source: dtks
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.find("bpjs")).isEmpty();
        assertThat(sources.problems()).singleElement().satisfies(p -> assertThat(p.errors()).containsExactly(
                "line 4: person-source: 'dtks' is not a declared person source of BPJS Kesehatan"));
    }

    @Test
    void statusCodesOfAnUnknownStatusAndPersonFieldsInAServiceMappingAreRefused() throws Exception {
        Files.writeString(dir.resolve("bad.yml"), """
                id: bad
                agency: Dinas Sosial
                entity: service
                statuses:
                  PAUSED: [JEDA]
                mapping:
                  source_record_id: ID
                  service_type: JENIS
                  external_id: NO
                  status: STATUS
                  full_name: NAMA
                """);

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.problems().get(0).errors())
                .anySatisfy(e -> assertThat(e).startsWith("line 11: mapping.full_name: unknown canonical field"))
                .anySatisfy(e -> assertThat(e).startsWith("line 4: statuses: 'PAUSED' is not a service status"));
    }

    @Test
    void statusCodesOnAPersonSourceAreRefused() throws Exception {
        Files.writeString(dir.resolve("dtks.yml"), DTKS + "statuses:\n  ACTIVE: [AKTIF]\n");

        Sources sources = new Sources(new SourceSettings(dir), VALIDATOR);

        assertThat(sources.problems().get(0).errors()).containsExactly("line 4: statuses: only a source with entity: service has it");
    }
}
