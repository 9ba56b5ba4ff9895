package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            case and spaces                     |   sri    wahyuni                 | SRI WAHYUNI         |
            religious title before              | H. Ahmad Fauzi                    | AHMAD FAUZI         | H.
            hajjah and degree after a comma     | Hj. Sri Wahyuni, S.Pd.            | SRI WAHYUNI         | HJ. S.PD.
            several degrees                     | Drs. Bambang Utomo, S.H., M.Si.   | BAMBANG UTOMO       | DRS. S.H. M.SI.
            degree written without dots         | Siti Aminah, SPd                  | SITI AMINAH         | S.PD.
            degree written with a space         | Siti Aminah, S Pd                 | SITI AMINAH         | S.PD.
            degree without a comma              | Joko Susilo S.Kom.                | JOKO SUSILO         | S.KOM.
            medical doctor and specialist       | dr. Rina Lestari, Sp.A.           | RINA LESTARI        | DR. SP.A.
            professor and doctor                | Prof. Dr. Ir. Heru Santoso        | HERU SANTOSO        | PROF. DR. IR.
            salutation                          | Ibu Sumiati                       | SUMIATI             | IBU
            Nyonya salutation                   | Ny. Kartini                       | KARTINI             | NY.
            late (almarhum)                     | Alm. Slamet                       | SLAMET              | ALM.
            baby of a mother stays a name       | Bayi Ny. Sri                      | BAYI NY SRI         |
            ST alone is SITI, not a degree      | Rina St                           | RINA ST             |
            S.T. with dots is a degree          | Rina Lestari, S.T.                | RINA LESTARI        | S.T.
            a lone H is a name, not a title     | H                                 | H                   |
            apostrophe kept                     | Ma'ruf Amin                       | MA'RUF AMIN         |
            hyphen inside a word kept           | Siti-Aisyah                       | SITI-AISYAH         |
            punctuation dropped                 | Moch. Yusuf (Ucup)                | MOCH YUSUF UCUP     |
            name written surname-first          | Sutrisno, Budi                    | SUTRISNO BUDI       |
            """)
    void takesTitlesApartFromTheName(String description, String raw, String name, String titles) {
        PersonName result = Names.normalize(raw);

        assertThat(result.name()).isEqualTo(name);
        assertThat(result.titles()).isEqualTo(titles == null ? List.of() : Arrays.asList(titles.split(" ")));
    }

    @Test
    void blankIsMissing() {
        assertThat(Names.normalize("   ")).isNull();
    }

    @Test
    void refusesTitlesWithoutAName() {
        assertThatThrownBy(() -> Names.normalize("Dr., S.H.")).hasMessageContaining("besides titles");
    }

    @Test
    void refusesAValueWithoutLetters() {
        assertThatThrownBy(() -> Names.normalize("-- 123 --")).hasMessageContaining("no letters");
    }
}
