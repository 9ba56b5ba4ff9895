package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sinkron started on a configuration directory with valid source files and one with a typo in a canonical field
 * name: the broken one is refused and shown with its file, line and field, its route refuses its input once
 * without retrying, and the valid sources ingest, with the shipped route's poll delay read from the source's
 * {@code schedule:} and survivorship honouring trust per field.
 */
class SourceConfigurationIT extends IntegrationTest {

    private static final Path CONFIG = config();

    @Autowired
    ProducerTemplate camel;

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) {
        registry.add("sinkron.sources.dir", CONFIG::toString);
        registry.add("camel.main.routes-include-pattern", () -> "file:routes/*.yaml,classpath:mapping/*.yaml");
        registry.add("sinkron.test.cepu-dir", () -> CONFIG.resolve("cepu-drop").toString());
    }

    @Test
    void aSourceFileWithATypoIsRefusedNamingFileLineAndFieldAndShownInHealth() {
        JsonNode sources = api().get("/api/v1/sources").json();
        assertThat(sources.at("/refused/0/file").asText()).endsWith("kecamatan-cepu.yml");
        assertThat(sources.at("/refused/0/source").asText()).isEqualTo("kecamatan-cepu");
        assertThat(sources.at("/refused/0/errors/0").asText())
                .startsWith("line 7: mapping.ful_name: unknown canonical field, did you mean full_name?");
        assertThat(sources.get("sources")).extracting(s -> s.get("id").asText())
                .containsExactly("dinkes-puskesmas", "dukcapil-blora");
        assertThat(sources.at("/sources/1/schedule").asText()).isEqualTo("PT5S");
        assertThat(sources.at("/sources/1/trust_fields/phone").asInt()).isEqualTo(30);

        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("DEGRADED");
        JsonNode component = health.json().at("/components/sources");
        assertThat(component.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(component.at("/details/declared")).extracting(JsonNode::asText).containsExactly("dinkes-puskesmas", "dukcapil-blora");
        assertThat(component.at("/details/refused").fieldNames().next()).endsWith("kecamatan-cepu.yml");
        assertThat(component.at("/details/refused").elements().next().at("/errors/0").asText()).contains("mapping.ful_name");
        // a route reading the refused source's schedule placeholder (with a default) was created and runs
        assertThat(health.json().at("/components/routes/details/kecamatan-cepu-file/state").asText()).isEqualTo("Started");
    }

    @Test
    void theRouteOfARefusedSourceRefusesItsInputOnceWithTheReason() {
        Exchange exchange = camel.send("direct:kecamatan-cepu", e -> e.getIn().setBody("ID,NAMA\n1,SITI\n"));

        // handled by routes/error-handling.yaml without redelivery: nothing to retry until the file is fixed
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)).hasMessageContaining(
                "source 'kecamatan-cepu' was refused, ").hasMessageContaining("line 7: mapping.ful_name");
        assertThat(exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class)).isZero();
        assertThat(count("sync_runs")).isZero();
        Api.Response push = api().push("kecamatan-cepu", "text/csv", "source_record_id,full_name\n1,SITI\n");
        assertThat(push.status()).isEqualTo(404);
        assertThat(push.json().get("detail").asText()).contains("was refused, ").contains("line 7: mapping.ful_name");
    }

    @Test
    void theValidSourceIngestsThroughTheShippedRouteOnItsDeclaredSchedule() throws IOException {
        Files.copy(Path.of("config/demo/dukcapil/penduduk-blora-2026-11.csv"), DROP_DIR.resolve("dukcapil/penduduk-blora-2026-11.csv"));

        JsonNode run = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> api().get("/api/v1/sync-runs?source=dukcapil-blora").json(),
                runs -> runs.size() > 0 && !runs.at("/0/status").asText().equals("RUNNING")).get(0);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.at("/counts/read").asInt()).isEqualTo(301);
    }

    @Test
    void aSourceTrustedLessOverallWinsTheFieldTheRegistryTrustsItselfLessIn() {
        ingest("""
                ID_PDDK,NIK,NO_KK,NAMA_LGKP,TMPT_LHR,TGL_LHR,JENIS_KLMIN,AGAMA,STAT_KWN,NAMA_LGKP_IBU,ALAMAT,NO_RT,NO_RW,KODE_DESA,NAMA_KEL,NAMA_KEC,NAMA_KAB,TELP
                PDDK-9,3316094509870002,3316090101000001,SRI WAHYUNI,BLORA,05-09-1987,PEREMPUAN,1,2,SUMIATI,JL. MERAPI 4,3,2,3316091006,BERAN,BLORA,BLORA,081111111111
                """);
        // the clinic (trust 40) is newer in every field, but only its phone number beats the registry (trust 100, phone 30);
        // its birth date lets the probabilistic linker link it to the registry's person: one NIK with a name that only
        // resembles hers and nothing else in common is a pair for review, not a link
        Api.Response push = api().push("dinkes-puskesmas", "text/csv", """
                source_record_id,nik,full_name,birth_date,address,phone
                K-1,3316094509870002,SRI WAHYUNINGSIH,1987-09-05,JL. LAWU 9,082222222222
                """);
        assertThat(push.status()).as(push.body()).isEqualTo(200);

        JsonNode person = api().get("/api/v1/persons?nik=3316094509870002").json().get(0);
        assertThat(person.at("/record/phone").asText()).isEqualTo("+6282222222222");
        assertThat(person.at("/provenance/phone/source").asText()).isEqualTo("dinkes-puskesmas");
        assertThat(person.at("/record/full_name").asText()).isEqualTo("SRI WAHYUNI");
        assertThat(person.at("/provenance/full_name/source").asText()).isEqualTo("dukcapil-blora");
        assertThat(person.at("/record/address").asText()).isEqualTo("JL. MERAPI 4");
    }

    @Test
    void aCsvWithoutAMappedColumnFailsTheRunNamingTheColumnItsMappingAndTheHeader() {
        assertThatThrownBy(() -> ingest("""
                ID_PDDK,NIK,NAMA_LENGKAP,TELP
                PDDK-9,3316094509870002,SRI WAHYUNI,081111111111
                """)).isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(InputRefused.class);

        JsonNode run = api().get("/api/v1/sync-runs?source=dukcapil-blora").json().get(0);
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("error").asText())
                .contains("NAMA_LGKP (mapped to full_name, line " + lineOf("full_name: NAMA_LGKP") + " of " + CONFIG.resolve("dukcapil-blora.yml"))
                .contains("its columns are: ID_PDDK, NIK, NAMA_LENGKAP, TELP");
        assertThat(run.at("/counts/read").asInt()).isZero();
        assertThat(count("persons")).isZero();
    }

    private void ingest(String csv) {
        camel.sendBodyAndHeader(IngestEndpoint.URI, csv, IngestEndpoint.SOURCE_HEADER, "dukcapil-blora");
    }

    private static int lineOf(String text) {
        try {
            return Files.readAllLines(CONFIG.resolve("dukcapil-blora.yml")).stream().map(String::strip).toList().indexOf(text) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped sources, the registry trusting its own phone numbers less, and a source file with a typo. */
    private static Path config() {
        try {
            Path dir = Files.createTempDirectory("sinkron-sources");
            String registry = Files.readString(Path.of("config/sources/dukcapil-blora.yml"));
            Files.writeString(dir.resolve("dukcapil-blora.yml"), registry.replaceFirst("(?m)^trust: 100.*$",
                    "trust:\n  default: 100\n  fields: { phone: 30 }"));
            Files.copy(Path.of("config/sources/dinkes-puskesmas.yml"), dir.resolve("dinkes-puskesmas.yml"));
            Files.writeString(dir.resolve("kecamatan-cepu.yml"), """
                    id: kecamatan-cepu
                    agency: Kecamatan Cepu
                    entity: person
                    mapping:
                      source_record_id: ID
                      nik: NIK
                      ful_name: NAMA
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
