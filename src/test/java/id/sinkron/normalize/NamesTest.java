package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            upper case, single spaces           | "  sri    wahyuni "                       | SRI WAHYUNI
            spelling left as written            | Soekarno Tjokroaminoto                    | SOEKARNO TJOKROAMINOTO
            apostrophe inside a word kept       | Ma'ruf Amin                               | MA'RUF AMIN
            O'Neil stays                        | O'Neil                                    | O'NEIL
            typographic apostrophe folded       | O\u2019Neil                               | O'NEIL
            apostrophes at the edges dropped    | 'Budi'                                    | BUDI
            hyphen inside a word kept           | Siti-Aisyah                               | SITI-AISYAH
            doubled hyphen folded               | Siti--Aisyah                              | SITI-AISYAH
            free-standing hyphen dropped        | Siti - Aisyah                             | SITI AISYAH
            trailing hyphen dropped             | Budi-                                     | BUDI
            dots and brackets dropped           | Moch. Yusuf (Ucup)                        | MOCH YUSUF UCUP
            dot without a space splits words    | Moch.Yusuf                                | MOCH YUSUF
            other punctuation dropped           | Budi & Ani / Santoso!                     | BUDI ANI SANTOSO
            digits kept                         | Bayi 2                                    | BAYI 2
            decomposed accent composed (NFC)    | Jose\u0301                                | JOS\u00C9
            name written surname-first          | Sutrisno, Budi                            | SUTRISNO BUDI
            """)
    void cleansTheName(String description, String raw, String name) {
        PersonName result = Names.normalize(raw);

        assertThat(result.name()).isEqualTo(name);
        assertThat(result.titles()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Haji                                | H. Ahmad Fauzi                            | AHMAD FAUZI        | H.
            Haji without a dot                  | H Ahmad Fauzi                             | AHMAD FAUZI        | H.
            Hajjah and a degree after a comma   | Hj. Sri Wahyuni, S.Pd.                    | SRI WAHYUNI        | HJ. S.PD.
            Kiai Haji                           | KH. Ahmad Dahlan                          | AHMAD DAHLAN       | KH.
            Kiai Haji spelled K.H.              | K.H. Ahmad Dahlan                         | AHMAD DAHLAN       | KH.
            doctorandus and two degrees         | Drs. Bambang Utomo, S.H., M.Si.           | BAMBANG UTOMO      | DRS. S.H. M.SI.
            doktoranda                          | Dra. Sri Mulyani                          | SRI MULYANI        | DRA.
            professor, doctor, engineer         | Prof. Dr. Ir. Heru Santoso                | HERU SANTOSO       | PROF. DR. IR.
            doctor without a dot                | DR Heru Santoso                           | HERU SANTOSO       | DR.
            medical doctor and specialist       | dr. Rina Lestari, Sp.A.                   | RINA LESTARI       | DR. SP.A
            internist                           | dr. Rina Lestari, Sp.PD                   | RINA LESTARI       | DR. SP.PD
            titles glued without spaces         | Drs.H.Bambang                             | BAMBANG            | DRS. H.
            Haji before an initial              | H.M. Soeharto                             | M SOEHARTO         | H.
            Bapak                               | Bapak Joko                                | JOKO               | BAPAK
            Bpk.                                | Bpk. Joko                                 | JOKO               | BPK.
            Ibu                                 | Ibu Sumiati                               | SUMIATI            | IBU
            Ny.                                 | Ny. Kartini                               | KARTINI            | NY.
            Nyonya                              | Nyonya Kartini                            | KARTINI            | NYONYA
            Sdr.                                | Sdr. Andi                                 | ANDI               | SDR.
            Sdri.                               | Sdri. Ani                                 | ANI                | SDRI.
            Tn.                                 | Tn. Budi                                  | BUDI               | TN.
            almarhum                            | Alm. Slamet                               | SLAMET             | ALM.
            almarhumah                          | Almh. Siti                                | SITI               | ALMH.
            degree without a comma              | Joko Susilo S.Kom.                        | JOKO SUSILO        | S.KOM.
            degree without dots                 | Siti Aminah, SPd                          | SITI AMINAH        | S.PD.
            degree with a space                 | Siti Aminah, S Pd                         | SITI AMINAH        | S.PD.
            degree without comma or dots        | Siti Aminah SPd                           | SITI AMINAH        | S.PD.
            degree with dots but no last dot    | Budi Santoso, S.Pd                        | BUDI SANTOSO       | S.PD.
            three-part degree                   | Ahmad, S.Pd.I.                            | AHMAD              | S.PD.I.
            diploma                             | Ani, A.Md.                                | ANI                | A.MD.
            diploma written AMD                 | Ani, AMD                                  | ANI                | A.MD.
            midwife diploma                     | Ani, A.Md.Keb.                            | ANI                | A.MD.KEB.
            two degrees in one group            | Budi, S.Pd M.Pd                           | BUDI               | S.PD. M.PD.
            two degrees without a comma         | Budi S.Pd. M.Pd.                          | BUDI               | S.PD. M.PD.
            economics and management            | Budi Santoso, S.E., M.M.                  | BUDI SANTOSO       | S.E. M.M.
            law, short and bare after a comma   | Budi, SH                                  | BUDI               | S.H.
            law with a dot, no comma            | Budi S.H                                  | BUDI               | S.H.
            engineering with its dots           | Rina Lestari, S.T.                        | RINA LESTARI       | S.T.
            engineering with dots, no comma     | Rina Lestari S.T.                         | RINA LESTARI       | S.T.
            health and nursing                  | Ani, S.Kep., M.Kes.                       | ANI                | S.KEP. M.KES.
            pharmacy, social science, religion  | Ani, S.Farm., S.Sos., S.Ag.               | ANI                | S.FARM. S.SOS. S.AG.
            medicine, political science         | Ani, S.Ked., S.IP.                        | ANI                | S.KED. S.IP.
            master's degrees                    | Ani, M.H., M.T., M.Kom., M.Pd.            | ANI                | M.H. M.T. M.KOM. M.PD.
            foreign degrees                     | Budi, MBA, Ph.D.                          | BUDI               | MBA PH.D.
            everything in the order written     | Prof. Dr. H. Ahmad Fauzi, M.Si., Ph.D.    | AHMAD FAUZI        | PROF. DR. H. M.SI. PH.D.
            degree before a comma kept in order | H. Ahmad S.Pd, M.Pd                       | AHMAD              | H. S.PD. M.PD.
            a before-title after the name       | Sutrisno, Drs.                            | SUTRISNO           | DRS.
            """)
    void takesTitlesApartFromTheName(String description, String raw, String name, String titles) {
        PersonName result = Names.normalize(raw);

        assertThat(result.name()).isEqualTo(name);
        assertThat(result.titles()).containsExactlyElementsOf(Arrays.asList(titles.split(" ")));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            IBU alone is a name                 | Ibu                 | IBU
            H alone is a name                   | H                   | H
            BAPAK alone is a name               | Bapak               | BAPAK
            a salutation in the middle stays    | Bayi Ny. Sri        | BAYI NY SRI
            Haji only at the start              | Ahmad H Saleh       | AHMAD H SALEH
            initials that spell no title        | A. H. Nasution      | A H NASUTION
            an initial after Dr. is no DRA.     | Dr. A. Budi         | A BUDI
            """)
    void neverEatsAGivenName(String description, String raw, String name) {
        assertThat(Names.normalize(raw).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            ST at the end                       | Rina St             | RINA ST
            St. with a dot                      | Rina St.            | RINA ST
            ST after a comma                    | Rina, ST            | RINA ST
            St. at the start                    | St. Aminah          | ST AMINAH
            ST in the middle                    | Nur St Aminah       | NUR ST AMINAH
            """)
    void readsStAsSitiNotAsADegree(String description, String raw, String name) {
        PersonName result = Names.normalize(raw);

        assertThat(result.name()).isEqualTo(name);
        assertThat(result.titles()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            SH                                  | Budi SH             | BUDI SH
            SE                                  | Budi SE             | BUDI SE
            MM                                  | Budi MM             | BUDI MM
            initials S H                        | Budi S H            | BUDI S H
            """)
    void takesShortBareDegreesOnlyAfterAComma(String description, String raw, String name) {
        PersonName result = Names.normalize(raw);

        assertThat(result.name()).isEqualTo(name);
        assertThat(result.titles()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Dr., S.H.", "H.", "S.Pd.", "Prof. Dr.", "Hj., S.Pd., M.Pd."})
    void rejectsANameOfTitlesOnly(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Names.normalize(raw)).withMessage("name has no letters besides titles");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"-- 123 --", "...", "?", "'"})
    void rejectsAValueWithoutLetters(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Names.normalize(raw)).withMessage("name has no letters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void treatsBlankAsMissing(String raw) {
        assertThat(Names.normalize(raw)).isNull();
    }

    @Test
    void returnsTitlesThatCannotBeChanged() {
        List<String> titles = Names.normalize("Hj. Sri Wahyuni, S.Pd.").titles();

        assertThatThrownBy(() -> titles.add("DR.")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void personNameCopiesItsTitles() {
        List<String> titles = new ArrayList<>(List.of("H."));
        PersonName name = new PersonName("AHMAD", titles);
        titles.add("DR.");

        assertThat(name.titles()).containsExactly("H.");
    }

    @Test
    void personNameHasNoNullTitles() {
        assertThat(new PersonName("AHMAD", null).titles()).isEmpty();
    }
}
