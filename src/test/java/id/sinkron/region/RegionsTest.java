package id.sinkron.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

    static final RegionFile FILE = RegionFile.shipped();
    static final Regions REGIONS = Regions.of(FILE.rows());

    @Test
    void readsEveryRegionOfTheShippedFileWithTheCountsItsReadmeGives() {
        Map<RegionLevel, Long> counts = FILE.rows().stream().collect(Collectors.groupingBy(Region::level, Collectors.counting()));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                RegionLevel.PROVINCE, 38L, RegionLevel.REGENCY, 514L, RegionLevel.DISTRICT, 7_285L, RegionLevel.VILLAGE, 83_762L));
        assertThat(REGIONS.size()).isEqualTo(91_599);
        assertThat(FILE.sha256()).isEqualTo("c4c3396d9380d4edee072af1d9dff83573b574d7cd00a6562cf82e200e954031");
    }

    @Test
    void findsARegionByCodeWithItsLevelAndParent() {
        assertThat(REGIONS.find("33.16.09.1006")).contains(new Region("33.16.09.1006", "Beran", RegionLevel.VILLAGE, "33.16.09"));
        assertThat(REGIONS.find("33.16")).contains(new Region("33.16", "Kabupaten Blora", RegionLevel.REGENCY, "33"));
        assertThat(REGIONS.find("33")).contains(new Region("33", "Jawa Tengah", RegionLevel.PROVINCE, null));
        assertThat(REGIONS.find("33.16.99")).isEmpty();
        assertThat(REGIONS.find(null)).isEmpty();
    }

    @Test
    void unescapesApostrophesOfTheSqlDump() {
        assertThat(REGIONS.find("11.01.02.2018")).map(Region::name).contains("Pasi Kuala Ba'u");
    }

    @Test
    void listsTheSixteenDistrictsOfBloraInCodeOrder() {
        List<Region> districts = REGIONS.children("33.16");

        assertThat(districts).hasSize(16);
        assertThat(districts.get(0)).extracting(Region::code, Region::name).containsExactly("33.16.01", "Jati");
        assertThat(districts.get(15)).extracting(Region::code, Region::name).containsExactly("33.16.16", "Japah");
        int villages = districts.stream().mapToInt(d -> REGIONS.children(d.code()).size()).sum();
        assertThat(villages).isEqualTo(295);
        assertThat(REGIONS.children("33.16.09.1006")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Blora, a current district            | 3316094509870001 | 33.16.09
            Japah, the last of Blora             | 3316160101900001 | 33.16.16
            district 99 of Blora does not exist  | 3316990101900001 | -
            regency 33.70 does not exist         | 3370010101900001 | -
            """)
    void findsTheDistrictANikWasIssuedIn(String description, String nik, String district) {
        assertThat(REGIONS.districtOfNik(nik).map(Region::code).orElse(null)).isEqualTo(district);
    }

    @Test
    void writesTheDistrictCodeOfANikDotted() {
        assertThat(Regions.districtCode("3316094509870001")).isEqualTo("33.16.09");
        assertThatIllegalArgumentException().isThrownBy(() -> Regions.districtCode("33.16"));
    }

    @Test
    void searchesNamesWithinARegionBestFirst() {
        assertThat(REGIONS.search("beran", "33.16", null, 5)).extracting(Region::code).first().isEqualTo("33.16.09.1006");
        assertThat(REGIONS.search("Kec. Blora", "33", null, 3)).extracting(Region::code).startsWith("33.16", "33.16.09");
        assertThat(REGIONS.search("Kec. Blora", null, RegionLevel.DISTRICT, 3)).extracting(Region::code).first().isEqualTo("33.16.09");
        assertThat(REGIONS.search("pelem", "33.16", null, 10)).extracting(Region::code).startsWith("33.16.01.2004", "33.16.09.2003");
        assertThat(REGIONS.search("", null, null, 10)).isEmpty();
    }

    @Test
    void refusesARegionWithoutItsParent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Regions.of(List.of(Region.of("33", "Jawa Tengah"), Region.of("33.16.09", "Blora"))))
                .withMessageContaining("no parent 33.16");
    }
}
