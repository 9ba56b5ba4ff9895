package id.sinkron.camel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.sinkron.source.SourceDefinition;
import id.sinkron.source.Sources;
import id.sinkron.support.IntegrationTest;
import id.sinkron.support.KafkaSource;
import id.sinkron.support.Records;
import id.sinkron.support.SameData;
import id.sinkron.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #4 acceptance, the kinds {@link SameDataIT} does not drop: the same 50 {@link SameData} rows served as the
 * pages of a REST API (dinsos-api, WireMock on 127.0.0.1), inserted into a PostgreSQL table (simpus-dinkes, in a
 * schema of the test database) and published to a Kafka topic (rsud-kafka, in-process broker), each in the
 * source's native field names and pulled by its shipped route, give the golden records and rejections a CSV file
 * drop of the same rows gives. The native names are the shipped source's mapping inverted; all three mappings are
 * plain renames (asserted), so inverting them is renaming back.
 */
class SameDataAcrossKindsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "rsud-sama";
    private static final String SCHEMA = "sama_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private static final int PAGE_SIZE = 20;
    private static WireMockServer restApi;
    private static EmbeddedKafkaKraftBroker kafka;
    /** The file-drop result every kind is compared with; made once, by the first test that needs it. */
    private static SameData.Stored fileDrop;

    @Autowired
    Sources sources;

    @Autowired
    ProducerTemplate camel;

    @DynamicPropertySource
    static void sourcesOfEveryKind(DynamicPropertyRegistry registry) {
        restApi = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        restApi.start();
        registry.add("sinkron.sources.dinsos-api.url", () -> restApi.baseUrl() + "/api/v1/penerima");
        registry.add("sinkron.sources.dinsos-api.token", () -> "rahasia-sama");
        registry.add("sinkron.sources.dinsos-api.page-size", () -> String.valueOf(PAGE_SIZE));
        TestDatabase db = TestDatabase.get();
        db.execute("create schema if not exists " + SCHEMA);
        registry.add("sinkron.datasources.simpus.url", SameDataAcrossKindsIT::agencyUrl);
        registry.add("sinkron.datasources.simpus.username", db::username);
        registry.add("sinkron.datasources.simpus.password", db::password);
        kafka = KafkaSource.start(registry, TOPIC);
    }

    @AfterAll
    static void stopServers() {
        restApi.stop();
        kafka.destroy();
        TestDatabase.get().execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void restApiPagesGiveWhatTheFileDropGives() throws IOException {
        SameData.Stored expected = fileDropResult();
        List<String> pages = pages(nativeRows("dinsos-api"));
        for (int page = 1; page <= pages.size(); page++) {
            restApi.stubFor(get(urlPathEqualTo("/api/v1/penerima")).withQueryParam("page", equalTo(String.valueOf(page)))
                    .willReturn(okJson(pages.get(page - 1))));
        }

        camel.requestBody("direct:dinsos-api-pull", (Object) null);

        assertOneCompleteRun("dinsos-api");
        assertSameAs(expected, "dinsos-api");
    }

    @Test
    void aDatabaseTableGivesWhatTheFileDropGivesInTheFieldsTheTableHolds() throws Exception {
        SameData.Stored expected = fileDropResult();
        SourceDefinition simpus = sources.require("simpus-dinkes");
        fillPasien(simpus, nativeRows("simpus-dinkes"));

        camel.requestBody("direct:simpus-dinkes-pull", (Object) null);

        assertOneCompleteRun("simpus-dinkes");
        // SIMPUS's table has no religion, marital status, mother, RT/RW or region names: the golden records are
        // compared in the fields it holds (its mapping's), the rejections whole
        Collection<String> held = simpus.mapping().rules().keySet();
        SameData.Stored stored = SameData.stored(jdbc, "simpus-dinkes");
        assertThat(inFields(stored, held)).isEqualTo(inFields(expected, held));
        assertThat(held).contains("nik", "full_name", "birth_date", "sex", "address", "village_code");
    }

    @Test
    void kafkaMessagesGiveWhatTheFileDropGives() throws IOException {
        SameData.Stored expected = fileDropResult();
        try (KafkaProducer<String, String> producer = KafkaSource.producer(kafka)) {
            nativeRows("rsud-kafka").forEach(row -> producer.send(new ProducerRecord<>(TOPIC, Records.line(row))));
        }

        // the consumer hands over what one poll brought as one run: the 50 messages may make more than one
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> jdbc.queryForObject(
                "select coalesce(sum(records_read), 0) from sync_runs where source = 'rsud-kafka' and status = 'SUCCEEDED'",
                Long.class) == SameData.ROWS);
        assertSameAs(expected, "rsud-kafka");
    }

    /** The same rows dropped as CSV in canonical names (SameDataIT's reference kind), then the tables emptied again. */
    private SameData.Stored fileDropResult() throws IOException {
        if (fileDrop == null) {
            Drops.drop(FILE_DROPS.resolve("dinkes-puskesmas"), "sama-acuan.csv", SameData.csv(',', StandardCharsets.UTF_8));
            assertThat(Drops.awaitRun(jdbc, "dinkes-puskesmas")).containsEntry("status", "SUCCEEDED");
            fileDrop = SameData.stored(jdbc, "dinkes-puskesmas");
            SameData.assertAsWritten(fileDrop);
            emptyTables();
        }
        jdbc.update("delete from source_watermarks");
        return fileDrop;
    }

    /**
     * The rows in the source's native names: its mapping inverted. Fields the source does not map are left out
     * (the table source holds fewer fields); the API and Kafka sources map every field of the rows.
     */
    private List<Map<String, Object>> nativeRows(String source) {
        Map<String, String> nativeName = new LinkedHashMap<>();
        sources.require(source).mapping().rules().forEach((field, rule) -> {
            assertThat(rule.renamesOnly()).as(source + " maps " + field + " by a plain rename, so renaming back inverts it").isTrue();
            nativeName.put(field, rule.from().get(0));
        });
        if (!source.equals("simpus-dinkes")) {
            assertThat(nativeName).as(source + " maps every field of the rows").containsKeys(SameData.rows().get(0).keySet().toArray(String[]::new));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : SameData.rows()) {
            Map<String, Object> out = new LinkedHashMap<>();
            row.forEach((field, value) -> {
                if (nativeName.containsKey(field)) {
                    out.put(nativeName.get(field), value);
                }
            });
            rows.add(out);
        }
        return rows;
    }

    /** Pages of the dinsos API ({@code data}, {@code total}); the last one is short, which ends the pull. */
    private static List<String> pages(List<Map<String, Object>> rows) {
        List<String> pages = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += PAGE_SIZE) {
            List<String> records = rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)).stream().map(Records::line).toList();
            pages.add("{\"data\": [" + String.join(",", records) + "], \"total\": " + rows.size() + "}");
        }
        return pages;
    }

    /**
     * SIMPUS's table {@code pasien} as the shipped route reads it (its SELECT names the columns), here with a
     * nullable name so the nameless row can be stored and rejected; each row changed one second after the last.
     * The INSERT names the columns by the inverted mapping.
     */
    private static void fillPasien(SourceDefinition simpus, List<Map<String, Object>> rows) throws Exception {
        String changed = simpus.incremental().field();
        String birthDate = simpus.mapping().rules().get("birth_date").from().get(0);
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        try (Connection c = DriverManager.getConnection(agencyUrl(), TestDatabase.get().username(), TestDatabase.get().password());
                Statement s = c.createStatement()) {
            s.execute("drop table if exists pasien");
            s.execute("""
                    create table pasien (no_rm varchar(20) primary key, nik varchar(16), no_kk varchar(16), nama_pasien varchar(100),
                        tempat_lahir varchar(60), tgl_lahir date, jenis_kelamin varchar(10), alamat varchar(200), kode_desa varchar(13),
                        no_hp varchar(20), updated_at timestamp(6) not null)
                    """);
            String insert = "insert into pasien (" + String.join(", ", columns) + ", " + changed + ") values ("
                    + "?, ".repeat(columns.size()) + "?)";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (int n = 0; n < rows.size(); n++) {
                    Map<String, Object> row = rows.get(n);
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = row.get(columns.get(i));
                        ps.setObject(i + 1, value != null && columns.get(i).equals(birthDate) ? LocalDate.parse(value.toString()) : value);
                    }
                    ps.setTimestamp(columns.size() + 1, Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 8, 0).plusSeconds(n)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private void assertOneCompleteRun(String source) {
        assertThat(Drops.awaitRun(jdbc, source)).as(source).containsEntry("status", "SUCCEEDED")
                .containsEntry("records_read", SameData.ROWS).containsEntry("records_rejected", SameData.REJECTED)
                .containsEntry("records_created", SameData.VALID);
    }

    private void assertSameAs(SameData.Stored expected, String source) {
        assertThat(SameData.stored(jdbc, source)).as(source + " gives what the file drop gives").isEqualTo(expected);
    }

    /** The golden records cut to the fields, and the rejections. */
    private static SameData.Stored inFields(SameData.Stored stored, Collection<String> fields) {
        List<String> persons = stored.persons().stream().map(text -> {
            try {
                ObjectNode record = (ObjectNode) JSON.readTree(text);
                record.retain(fields);
                return JSON.writeValueAsString(record);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }).sorted().toList();
        return new SameData.Stored(persons, stored.rejections());
    }

    private static String agencyUrl() {
        String url = TestDatabase.get().url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }
}
