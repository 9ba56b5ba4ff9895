package id.sinkron.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real names of Kabupaten Blora (33.16) as agencies write them: prefixes, noise, old spelling, misspellings. */
class VillageResolverTest {

    private static final VillageResolver RESOLVER = new VillageResolver(RegionsTest.REGIONS, 0.90, 0.03);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            abbreviated prefixes                          | Ds. Beran          | Kec. Blora        | Kab. Blora         | -             | 33.16.09.1006 | EXACT_NAMES
            prefixes written out                          | Kelurahan Beran    | Kecamatan Blora   | Kabupaten Blora    | -             | 33.16.09.1006 | EXACT_NAMES
            no regency: district Blora is unique          | Ds. Beran          | Kec. Blora        | -                  | -             | 33.16.09.1006 | EXACT_NAMES
            no district: Beran is unique in Blora         | DESA BERAN         | -                 | BLORA              | -             | 33.16.09.1006 | EXACT_NAMES
            case and punctuation noise                    | '  ds.beran, '     | KEC.BLORA         | kab blora          | -             | 33.16.09.1006 | EXACT_NAMES
            a space inside the name                       | Kedung Jenar       | Blora             | Kabupaten Blora    | -             | 33.16.09.1009 | EXACT_NAMES
            old spelling of the district                  | Balun              | Tjepoe            | Blora              | -             | 33.16.05.1013 | EXACT_NAMES
            a village named like its district             | Cepu               | Kec. Cepu         | Kab. Blora         | -             | 33.16.05.1014 | EXACT_NAMES
            Pelem of Kecamatan Jati, not of Blora         | Ds. Pelem          | Kec. Jati         | Kab. Blora         | -             | 33.16.01.2004 | EXACT_NAMES
            Jati of Blora and of Kudus: Pelem only in one | Ds. Pelem          | Kec. Jati         | -                  | -             | 33.16.01.2004 | EXACT_NAMES
            exact beats a near name (Temurejo)            | Tempurejo          | Blora             | Blora              | -             | 33.16.09.2020 | EXACT_NAMES
            misspelt village, one letter doubled          | Ds. Berran         | Kec. Blora        | Kab. Blora         | -             | 33.16.09.1006 | SIMILAR_NAMES
            misspelt village, letters swapped             | Kedungjeanr        | Kec. Blora        | Kab. Blora         | -             | 33.16.09.1009 | SIMILAR_NAMES
            a letter missing: Tempurejo, not Temurejo     | Tempurjo           | Kec. Blora        | Kab. Blora         | -             | 33.16.09.2020 | SIMILAR_NAMES
            misspelt district                             | Ds. Beran          | Kec. Bloraa       | Kab. Blora         | -             | 33.16.09.1006 | SIMILAR_NAMES
            misspelt regency                              | Ds. Beran          | Kec. Blora        | Kab. Bolra         | -             | 33.16.09.1006 | SIMILAR_NAMES
            a real code wins over the names               | Ds. Pelem          | Kec. Jati         | Kab. Blora         | 33.16.09.1006 | 33.16.09.1006 | CODE
            an unknown code narrows to its district       | Ds. Beran          | -                 | -                  | 33.16.09.1999 | 33.16.09.1006 | EXACT_NAMES
            """)
    void resolvesAddressesToVillageCodes(String description, String village, String district, String regency, String code,
            String expected, VillageMatch.Basis basis) {
        Optional<VillageMatch> match = RESOLVER.resolve(new AddressNames(village, district, regency, code));

        assertThat(match).as(description).isPresent();
        assertThat(match.get().code()).isEqualTo(expected);
        assertThat(match.get().basis()).isEqualTo(basis);
        assertThat(match.get().confidence()).isBetween(0.90, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Pelem is in two districts of Blora            | Ds. Pelem          | -                 | Kab. Blora         | -
            Sumberejo is in three districts of Blora      | Sumberejo          | -                 | Blora              | -
            a village name alone: 71 Sidorejo             | Sidorejo           | -                 | -                  | -
            a village name alone, even a unique one       | Kedungjenar        | -                 | -                  | -
            a near name of two villages (Tambahrejo)      | Tambahrejoo        | -                 | Kab. Blora         | -
            nothing like it in the district               | Ds. Semarang       | Kec. Blora        | Kab. Blora         | -
            an unknown regency                            | Ds. Beran          | Kec. Blora        | Kab. Antah Berantah| -
            a village of Blora under the wrong district   | Ds. Beran          | Kec. Cepu         | Kab. Blora         | -
            no village name                               | -                  | Kec. Blora        | Kab. Blora         | -
            only a prefix                                 | Ds.                | Kec. Blora        | Kab. Blora         | -
            a Kota prefix where Blora is a Kabupaten      | Ds. Beran          | Kec. Blora        | Kota Blora         | -
            """)
    void answersNothingWhenTheNamesDoNotSingleOutAVillage(String description, String village, String district, String regency,
            String code) {
        assertThat(RESOLVER.resolve(new AddressNames(village, district, regency, code))).as(description).isEmpty();
    }
}
