package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparable form of a name: what is taken off, what is kept apart, and what is left to compare. */
class NameKeysTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Haji                                | H. Ahmad Fauzi                         | AHMAD FAUZI
            Hajjah and a degree                 | Hj. Sri Wahyuni, S.Pd.                 | SRI WAHYUNI
            doctor                              | Dr. Heru Santoso                       | HERU SANTOSO
            medical doctor                      | dr. Rina Lestari, Sp.A.                | RINA LESTARI
            doctorandus and degrees             | Drs. Bambang Utomo, S.H., M.Si.        | BAMBANG UTOMO
            doktoranda                          | Dra. Sri Mulyani                       | SRI MULYANI
            engineer                            | Ir. Heru Santoso                       | HERU SANTOSO
            professor and doctor                | Prof. Dr. Heru Santoso                 | HERU SANTOSO
            economics and management            | Budi Santoso, S.E., M.M.               | BUDI SANTOSO
            education degree without comma      | Siti Aminah S.Pd.                      | SITI AMINAH
            Bpk.                                | Bpk. Joko                              | JOKO
            Ibu                                 | Ibu Sumiati                            | SUMIATI
            Ny.                                 | Ny. Kartini                            | KARTINI
            Sdr.                                | Sdr. Andi                              | ANDI
            Kiai Haji                           | K.H. Ahmad Dahlan                      | AHMAD DAHLAN
            titles glued without spaces         | Drs.H.Bambang                          | BAMBANG
            IBU alone is a name                 | Ibu                                    | IBU
            """)
    void leavesTitlesAndSalutationsOut(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            bin                                 | Ahmad bin Saleh                  | AHMAD          | SALEH
            binti                               | Siti Aisyah binti Abdullah       | SITI AISYAH    | ABDULLAH
            upper case BIN                      | AHMAD BIN SALEH                  | AHMAD          | SALEH
            BT for binti                        | Nurul bt Hasan                   | NURUL          | HASAN
            the father's title left out         | Ahmad bin H. Saleh               | AHMAD          | SALEH
            the father's name normalized        | Ahmad bin Moch. Soeleiman        | AHMAD          | MUHAMMAD SULEIMAN
            the given name's degree left out    | Ahmad S.Pd. bin Saleh            | AHMAD          | SALEH
            two-word given and father's names   | Muhammad Rizki bin Ahmad Fauzi   | MUHAMMAD RIZKI | AHMAD FAUZI
            BIN at the start is a name          | Bin Laden                        | BIN LADEN      | -
            BIN at the end is a name            | Tan Bin                          | TAN BIN        | -
            no BIN, no patronym                 | Ahmad Saleh                      | AHMAD SALEH    | -
            only the first BIN splits           | Ali bin Umar bin Khattab         | ALI            | UMAR BIN KHATTAB
            """)
    void keepsTheFathersNameApart(String description, String raw, String given, String patronym) {
        MatchName name = NameKeys.of(raw);

        assertThat(name.joined()).isEqualTo(given);
        assertThat(name.patronym()).isEqualTo(patronym);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            I Wayan                             | I Wayan Sudarta                  | SUDARTA        | 1
            Wayan without I                     | Wayan Sudarta                    | SUDARTA        | 1
            Gede                                | Gede Sudarta                     | SUDARTA        | 1
            Putu                                | Putu Sudarta                     | SUDARTA        | 1
            Ni Luh is a first-born woman        | Ni Luh Sari                      | SARI           | 1
            Ni Luh Putu                         | Ni Luh Putu Ayu Lestari          | AYU LESTARI    | 1
            Ni Luh Made is second-born          | Ni Luh Made Sari                 | SARI           | 2
            Made                                | I Made Mertha                    | MERTHA         | 2
            Kadek                               | Kadek Dwi Lestari                | DWI LESTARI    | 2
            Nengah                              | Ni Nengah Suciati                | SUCIATI        | 2
            Nyoman                              | I Nyoman Sukarta                 | SUKARTA        | 3
            Njoman, old spelling                | Njoman Sukarta                   | SUKARTA        | 3
            Komang                              | Komang Ayu                       | AYU            | 3
            Ketut                               | I Ketut Tantri                   | TANTRI         | 4
            Wajan, old spelling                 | Ni Wajan Sucipta                 | SUCIPTA        | 1
            Ktut                                | I Ktut Tantri                    | TANTRI         | 4
            W. after the marker                 | Ni W. Suarni                     | SUARNI         | 1
            Wy. after the marker                | I Wy. Sudarta                    | SUDARTA        | 1
            Md. after the marker                | I Md. Mertha                     | MERTHA         | 2
            M. after the marker is Made         | I M. Mertha                      | MERTHA         | 2
            Nym. after the marker               | Ni Nym. Suciati                  | SUCIATI        | 3
            Kt. after the marker                | Ni Kt. Sari                      | SARI           | 4
            K. after the marker is Ketut        | I K. Tantri                      | TANTRI         | 4
            Ni Luh Pt.                          | Ni Luh Pt. Ayu Lestari           | AYU LESTARI    | 1
            W. without the marker is an initial | W. Sudarta                       | W SUDARTA      | 0
            M. without the marker is Muhammad   | M. Sudarta                       | MUHAMMAD SUDARTA | 0
            the marker and an initial alone     | I W.                             | I W            | 0
            I G. N. is I Gusti Ngurah, kept     | I G. N. Rai                      | I G N RAI      | 0
            I G. A. is I Gusti Ayu, kept        | I G. A. Kade Sari                | I G A KADE SARI | 0
            with a title                        | Drs. I Wayan Sudarta, M.Si.      | SUDARTA        | 1
            KETUT alone is the name             | Ketut                            | KETUT          | 0
            I Wayan alone is the name           | I Wayan                          | I WAYAN        | 0
            I without a birth-order name stays  | I Sudarta                        | I SUDARTA      | 0
            in the middle it is a name          | Sudarta Made                     | SUDARTA MADE   | 0
            """)
    void keepsBalineseBirthOrderApart(String description, String raw, String given, int birthOrder) {
        MatchName name = NameKeys.of(raw);

        assertThat(name.joined()).isEqualTo(given);
        assertThat(name.birthOrder()).isEqualTo(birthOrder);
    }

    @Test
    void comparesBalineseNamesOnWhatFollowsTheBirthOrder() {
        assertThat(List.of("I Wayan Sudarta", "Wayan Sudarta", "Gede Sudarta", "Putu Sudarta", "Sudarta"))
                .extracting(raw -> NameKeys.of(raw).joined())
                .containsOnly("SUDARTA");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            a single word is first and last     | Suparmi                          | SUPARMI        | SUPARMI   | S
            another Javanese single name        | Sukirno                          | SUKIRNO        | SUKIRNO   | S
            a single word after a title         | Hj. Suparmi                      | SUPARMI        | SUPARMI   | S
            single word in old spelling         | Soeparmi                         | SUPARMI        | SUPARMI   | S
            two words                           | Budi Santoso                     | BUDI           | SANTOSO   | BS
            three words                         | Sri Wahyuni Lestari              | SRI            | LESTARI   | SWL
            Muhammad counted as a word          | M. Yusuf Kalla                   | MUHAMMAD       | KALLA     | MYK
            written surname first              | Santoso, Budi                    | SANTOSO        | BUDI      | SB
            initials stay words                 | A. H. Nasution                   | A              | NASUTION  | AHN
            hyphen splits words                 | Siti-Aisyah                      | SITI           | AISYAH    | SA
            """)
    void tellsFirstLastAndInitials(String description, String raw, String first, String last, String initials) {
        MatchName name = NameKeys.of(raw);

        assertThat(name.first()).isEqualTo(first);
        assertThat(name.last()).isEqualTo(last);
        assertThat(name.initials()).isEqualTo(initials);
        assertThat(name.singleWord()).isEqualTo(first.equals(last) && initials.length() == 1);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            lower case and extra spaces         | "  sri    wahyuni "              | SRI WAHYUNI
            accents dropped                     | José Rizal                       | JOSE RIZAL
            decomposed accent dropped           | Jose\u0301 Rizal                 | JOSE RIZAL
            apostrophe dropped                  | Ma'ruf Amin                      | MARUF AMIN
            typographic apostrophe dropped      | Ma\u2019ruf Amin                 | MARUF AMIN
            zero-width space dropped            | Sri\u200B Wahyuni                | SRI WAHYUNI
            fullwidth letters folded            | ＳＩＴＩ                          | SITI
            digits dropped                      | Bayi 2 Sumiati                   | BAYI SUMIATI
            brackets dropped                    | Moch. Yusuf (Ucup)               | MUHAMMAD YUSUF UCUP
            tab and line break                  | "Sri\\tWahyuni\\n"               | SRI WAHYUNI
            """)
    void comparesOnlyLetters(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw.replace("\\t", "\t").replace("\\n", "\n")).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a father known only by his title    | Ahmad bin H.                     | AHMAD
            a given name of degrees only        | S.Pd. bin Saleh                  | S PD
            birth order before two titles       | Luh H. H.                        | H
            birth order before a lone title     | Luh H.                           | H
            a Muhammad glued to ABDUL           | AbdoelMoch.                      | ABDUL MUHAMMAD
            a Chinese surname glued to ABDUL    | AbdoelTjoa                       | ABDUL CUA
            a title behind the birth order      | Made H. Gede Noor                | NUR
            """)
    void readsItsKeyAgainAsItself(String description, String raw, String joined) {
        MatchName name = NameKeys.of(raw);

        assertThat(name.joined()).isEqualTo(joined);
        assertThat(NameKeys.of(joined).joined()).isEqualTo(joined);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Dr.", "Hj., S.Pd.", "-- 123 --", "'", "..."})
    void hasNoKeyForANameWithoutLetters(String raw) {
        assertThat(NameKeys.of(raw)).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"By. Ny. Siti Aminah", "BY NY SITI AMINAH", "Bayi Ny. Siti", "By. Siti Aminah", "BAYI NYONYA SRI WAHYUNI", "By Ibu Sari", "Bayi 2 Sumiati", "Bayi", "By."})
    void hasNoKeyOfItsOwnForANewbornNamedAfterItsMother(String raw) {
        assertThat(NameKeys.ofOwnName(raw)).as("matched on").isNull();
        assertThat(NameKeys.of(raw).tokens()).as("searched for").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a name that only starts like BY | Byantoro          | BYANTORO
            BAYU is a name                  | Bayu Ny Saputra   | BAYU NY SAPUTRA
            """)
    void keepsNamesThatOnlyLookLikeABaby(String description, String raw, String expected) {
        assertThat(NameKeys.ofOwnName(raw).joined()).isEqualTo(expected);
    }

    @Test
    void keepsItsWordsUnchangeable() {
        List<String> tokens = NameKeys.of("Budi Santoso").tokens();

        assertThat(tokens).isUnmodifiable();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no words                            | ''        | 0
            an empty word                       | 'BUDI,'   | 0
            a birth order past Ketut            | BUDI      | 5
            a negative birth order              | BUDI      | -1
            """)
    void rejectsAnImpossibleMatchName(String description, String words, int birthOrder) {
        List<String> tokens = words.isEmpty() ? List.of() : List.of(words.split(",", -1));

        assertThatIllegalArgumentException().isThrownBy(() -> new MatchName(tokens, null, birthOrder));
    }

    @Test
    void rejectsABlankPatronym() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MatchName(List.of("AHMAD"), " ", 0));
    }
}
