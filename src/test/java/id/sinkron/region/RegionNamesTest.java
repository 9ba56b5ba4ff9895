package id.sinkron.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionNamesTest {

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Ds. abbreviation                  | Ds. Beran           | BERAN
            no space after the dot            | Ds.Beran            | BERAN
            Desa written out                  | DESA BERAN          | BERAN
            Kel. abbreviation                 | Kel. Beran          | BERAN
            Kelurahan written out             | Kelurahan Beran     | BERAN
            spaces inside the name go         | Kedung Jenar        | KEDUNGJENAR
            apostrophe                        | Pasi Kuala Ba'u     | PASIKUALABAU
            accents                           | Désa Bérán          | BERAN
            old spelling oe                   | Tjepoe              | CEPU
            old spelling dj                   | Djati               | JATI
            a village called Desa keeps it    | Desa                | DESA
            only punctuation                  | ' .,- '             | -
            missing                           | -                   | -
            """)
    void cleansVillageNames(String description, String raw, String key) {
        assertThat(RegionNames.village(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kec. abbreviation                 | Kec. Blora          | BLORA
            Kecamatan written out             | KECAMATAN BLORA     | BLORA
            Distrik in Papua                  | Distrik Maladum Mes | MALADUMMES
            """)
    void cleansDistrictNames(String description, String raw, String key) {
        assertThat(RegionNames.district(raw)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kab. abbreviation                 | Kab. Blora          | BLORA    | KABUPATEN
            Kabupaten written out             | Kabupaten Blora     | BLORA    | KABUPATEN
            Kota                              | Kota Semarang       | SEMARANG | KOTA
            Kotamadya, the old word           | Kotamadya Semarang  | SEMARANG | KOTA
            no prefix, no kind                | BLORA               | BLORA    | -
            """)
    void cleansRegencyNamesAndKeepsTheirKind(String description, String raw, String key, RegionNames.RegencyKind kind) {
        assertThat(RegionNames.regency(raw)).isEqualTo(new RegionNames.RegencyName(key, kind));
    }
}
