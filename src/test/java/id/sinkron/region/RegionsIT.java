package id.sinkron.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.support.Api;
import id.sinkron.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The regions table, the checks and derivations on pushed records, and the regions API. */
class RegionsIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTableHoldsEveryShippedRegionByLevel() {
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.query("select level, count(*) from regions group by level", rs -> {
            counts.put(rs.getInt(1), rs.getLong(2));
        });

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(1, 38L, 2, 514L, 3, 7_285L, 4, 83_762L));
        assertThat(jdbc.queryForObject("select name || '|' || level || '|' || parent from regions where code = '33.16.09.1006'", String.class))
                .isEqualTo("Beran|4|33.16.09");
        assertThat(jdbc.queryForObject("select sha256 from reference_data where name = 'regions'", String.class))
                .isEqualTo("c4c3396d9380d4edee072af1d9dff83573b574d7cd00a6562cf82e200e954031");
    }

    @Test
    void theTableIsLoadedAgainOnlyWhenTheShippedFileIsAnotherEdition() {
        RegionTable table = new RegionTable(dataSource);
        RegionFile file = RegionFile.shipped();
        assertThat(table.ensureLoaded(file)).isFalse();

        jdbc.update("delete from regions where code like '33.16%'");
        jdbc.update("update reference_data set sha256 = 'an older edition' where name = 'regions'");

        assertThat(table.ensureLoaded(file)).isTrue();
        assertThat(count("regions")).isEqualTo(91_599);
        assertThat(table.ensureLoaded(file)).isFalse();
    }

    @Test
    void aNikOfAnUnknownDistrictIsAcceptedWithAWarning() {
        Api.Response push = api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "R1", "nik": "3316994509870001", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P"}
                """);

        assertThat(push.json().at("/counts/created").asInt()).as(push.body()).isEqualTo(1);
        assertThat(push.json().at("/counts/rejected").asInt()).isZero();
        JsonNode person = api().get("/api/v1/persons?nik=3316994509870001").json().get(0);
        assertThat(person.at("/links/0/warnings/0").asText())
                .isEqualTo("NIK district 33.16.99 is not a current Kemendagri district; the NIK is kept as issued");
    }

    @Test
    void aVillageCodeIsDerivedFromTheVillageAndDistrictNames() {
        Api.Response push = api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "R2", "nik": "3316094509870002", "full_name": "SRI WAHYUNI", "birth_date": "1987-09-05", "sex": "P", "village_name": "Ds. Beran", "district_name": "Kec. Blora"}
                """);

        assertThat(push.json().at("/counts/created").asInt()).as(push.body()).isEqualTo(1);
        JsonNode person = api().get("/api/v1/persons?nik=3316094509870002").json().get(0);
        assertThat(person.at("/record/village_code").asText()).isEqualTo("33.16.09.1006");
        assertThat(person.at("/record/village_name").asText()).isEqualTo("DS. BERAN");
        assertThat(person.at("/links/0/warnings/0").asText())
                .isEqualTo("village_code 33.16.09.1006 derived from names 'Ds. Beran, Kec. Blora' (exact names)");
    }

    @Test
    void answersARegionByCodeWithItsChildrenCount() {
        JsonNode beran = api().get("/api/v1/regions/33.16.09.1006").json();
        assertThat(beran.get("name").asText()).isEqualTo("Beran");
        assertThat(beran.get("level").asText()).isEqualTo("VILLAGE");
        assertThat(beran.get("parent").asText()).isEqualTo("33.16.09");
        assertThat(beran.get("children_count").asInt()).isZero();

        JsonNode blora = api().get("/api/v1/regions/33.16").json();
        assertThat(blora.get("name").asText()).isEqualTo("Kabupaten Blora");
        assertThat(blora.get("children_count").asInt()).isEqualTo(16);
    }

    @Test
    void anUnknownCodeIsA404Problem() {
        Api.Response response = api().get("/api/v1/regions/33.16.99");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:sinkron:problem:unknown-region");
        assertThat(response.json().get("code").asText()).isEqualTo("33.16.99");
    }

    @Test
    void searchesRegionsByNameWithinAParent() {
        JsonNode found = api().get("/api/v1/regions?q=beran&parent=33.16").json();
        assertThat(found.get(0).get("code").asText()).isEqualTo("33.16.09.1006");

        JsonNode misspelt = api().get("/api/v1/regions?q=Kec.%20Bloraa&parent=33&level=DISTRICT&limit=1").json();
        assertThat(misspelt).hasSize(1);
        assertThat(misspelt.get(0).get("code").asText()).isEqualTo("33.16.09");

        JsonNode districts = api().get("/api/v1/regions?parent=33.16").json();
        assertThat(districts).hasSize(16);
        assertThat(api().get("/api/v1/regions?parent=33.99").status()).isEqualTo(404);
    }
}
