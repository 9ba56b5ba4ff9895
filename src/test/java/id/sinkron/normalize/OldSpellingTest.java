package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names written before the 1972 spelling reform compare with their EYD spelling. */
class OldSpellingTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            OE is U                             | Soekarno                  | SUKARNO
            OE twice                            | Soemoenar                 | SUMUNAR
            OE at the end                       | Wiranatakoesoemah Soe     | WIRANATAKUSUMAH SU
            DJ is J                             | Djarot                    | JAROT
            DJ inside a word                    | Pandji                    | PANJI
            TJ is C                             | Tjitra                    | CITRA
            TJ inside a word                    | Setiawan Tjokro           | SETIAWAN COKRO
            SJ is SY                            | Sjahrir                   | SYAHRIR
            SJ inside a word                    | Isjak                     | ISYAK
            NJ at the start is NY               | Njai Ratna                | NYAI RATNA
            CH is KH                            | Chairul                   | KHAIRUL
            CH inside a word                    | Achmad Fachruddin         | AKHMAD FAKHRUDDIN
            CHR is KR, as today's Kristina      | Christina                 | KRISTINA
            every marker in one name            | Soedjatmoko Tjokrosoejoso | SUJATMOKO COKROSUYOSO
            Dutch IE in a marked word is I      | Tjie Soepiah              | CI SUPIAH
            TJH is an aspirated C               | Tjhin                     | CIN
            a word in EYD stays                 | Sukarno Hatta             | SUKARNO HATTA
            lower case and old spelling         | soeharto                  | SUHARTO
            """)
    void respellsOldSpellingInEyd(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DJ marks the word: its J is Y       | Djojo                     | JOYO
            OE marks the word: its J is Y       | Soejono                   | SUYONO
            J before OE                         | Joesoef                   | YUSUF
            TJ marks the word                   | Tjahjo                    | CAHYO
            SJ marks the word                   | Sjamsujar                 | SYAMSUYAR
            OE and J in the middle              | Wahjoeni                  | WAHYUNI
            the J of DJ stays J                 | Djoko                     | JOKO
            NJ in a marked word is NY           | Soenjoto                  | SUNYOTO
            JOKO has no marker                  | Joko                      | JOKO
            JAJANG has no marker                | Jajang                    | JAJANG
            JUSUF has no marker                 | Jusuf                     | JUSUF
            HIDAJAT has no marker               | Hidajat                   | HIDAJAT
            the marker counts per word          | Joko Soetrisno            | JOKO SUTRISNO
            marked word next to a J word        | Djojo Jatmiko             | JOYO JATMIKO
            NJ inside an unmarked word is N+J   | Anjar Sanjaya             | ANJAR SANJAYA
            PANJI in today's spelling           | Panji                     | PANJI
            CHANDRA: CH is no marker            | Chandra Jaya              | KHANDRA JAYA
            """)
    void readsJAsYOnlyInWordsWithOldSpellingMarkers(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            old marker rejoined                 | DDJOJO                    | JOYO
            EYD of EYD                          | SUYONO                    | SUYONO
            KH stays KH                         | KHAIRUL                   | KHAIRUL
            """)
    void respellingIsStable(String description, String word, String expected) {
        String eyd = OldSpelling.toEyd(word);

        assertThat(eyd).isEqualTo(expected);
        assertThat(OldSpelling.toEyd(eyd)).isEqualTo(eyd);
    }
}
