package id.sinkron.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The regions table. */
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
}
