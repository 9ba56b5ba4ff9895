package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Indonesian phonetic code: spellings of one name share it, different names keep theirs. */
class PhoneticTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Arabic kha as CH, KH or H           | Achmad Ahmad Akhmad                  | AHMAT
            final H silent                      | Fatimah Fatima                       | PATIMA
            Sundanese P for F                   | Fatimah Patimah                      | PATIMA
            article vowel and AE diphthong      | Zainal Zainul Zaenal Zaenul          | ZAINAL
            SY is S                             | Syaiful Saiful Saeful Syaeful        | SAIPAL
            -ULLAH written -ULLOH               | Syaifulloh Saifullah Saifulloh       | SAIPULA
            RAHMAN with CH or KH                | Rahman Rachman Rakhman               | RAHMAN
            HIDAYAT in old spelling             | Hidayat Hidajat                      | HIDAYAT
            YUSUF with J and P                  | Yusuf Jusuf Yusup Joesoef            | YUSUP
            Y glide after I                     | Supriyadi Soeprijadi Supriadi        | SUPRIADI
            Javanese O, Sundanese A             | Sutrisno Soetrisno Sutrisna          | SUTRISNA
            WAHYUNI in old spelling             | Wahyuni Wahjoeni Wahjuni             | WAHYUNI
            KHAIRUL with OI and CH              | Khairul Khoirul Chairul Hairul       | HAIRAL
            Javanese schwa                      | Slamet Selamet                       | SLAMET
            SRI and SERI                        | Sri Seri                             | SRI
            final Y is I                        | Dewi Dewy                            | DEWI
            final Y is I after S                | Susi Susy                            | SUSI
            W glide after U                     | Suwarno Suarno Soewarno              | SUARNA
            doubled letters                     | Muhammad Muhamad                     | MUHAMAT
            final D is said T                   | Rahmad Rahmat Rachmat                | RAHMAT
            final B is said P                   | Ayub Ayyub Ayup                      | AYUP
            ABDULLAH with one L or final H      | Abdullah Abdulah Abdulla             | ABDULA
            Q is K                              | Taufiq Taufik Tawfik                 | TAUPIK
            TH, DH, DZ, TS, GH                  | Ridho Rido                           | RIDA
            DZ is Z                             | Dzulkifli Zulkifli                   | ZULKIPLI
            TS is S                             | Tsabit Sabit                         | SABIT
            GH is G                             | Ghofur Gofur                         | GOPUR
            V is P                              | Vina Fina Pina                       | PINA
            X is KS                             | Xena Ksena                           | KSENA
            """)
    void givesOneCodeToSpellingsOfOneName(String description, String spellings, String code) {
        String[] words = spellings.split(" ");
        String first = NameKeys.phonetic(words[0]);

        assertThat(Arrays.stream(words).map(NameKeys::phonetic)).as(spellings).containsOnly(first);
        if (!code.equals("-")) {
            assertThat(first).isEqualTo(code);
        }
    }

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NG is not S                         | Agus      | Agung
            a longer name is another name       | Budi      | Budiman
            final I and A differ                | Ani       | Ana
            vowels tell names apart             | Rini      | Rani
            E and I differ                      | Reni      | Rini
            O and I differ                      | Roni      | Rini
            Siti and Seti                       | Siti      | Seti
            male -O and female -I               | Yanto     | Yanti
            Sri and Sari                        | Sri       | Sari
            an R more                           | Hadi      | Hardi
            final E is kept                     | Ade       | Ada
            Saleh is not Salah                  | Saleh     | Salah
            so Fatimeh keeps its E              | Fatimeh   | Fatimah
            Iwan and Irwan                      | Iwan      | Irwan
            Arif and Arifin                     | Arif      | Arifin
            C and K differ                      | Cici      | Kiki
            Dewi and Dewa                       | Dewi      | Dewa
            Wulan and Ulan                      | Wulan     | Ulan
            Anggi and Ani                       | Anggi     | Ani
            Saiful and Saifullah                | Saiful    | Saifullah
            """)
    void keepsDifferentNamesApart(String description, String one, String other) {
        assertThat(NameKeys.phonetic(one)).isNotEqualTo(NameKeys.phonetic(other));
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource(delimiter = '|', textBlock = """
            J is the old Y: JOKO meets YOKO     | Joko      | Yoko
            final O is a Javanese A: EKO, EKA   | Eko       | Eka
            RINO and RINA (sex is compared apart)| Rino     | Rina
            """)
    void mergesSomeDifferentNamesOnPurpose(String description, String one, String other) {
        assertThat(NameKeys.phonetic(one)).isEqualTo(NameKeys.phonetic(other));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            words and their codes               | Achmad Chairul                       | AHMAT HAIRAL
            old spelling                        | Soetrisno Wahjoedi                   | SUTRISNA WAHYUDI
            Muhammad variant                    | Moch. Yusuf                          | MUHAMAT YUSUP
            titles left out                     | Hj. Siti Fatimah, S.Pd.              | SITI PATIMA
            patronym left out                   | Ahmad bin Saleh                      | AHMAT
            birth order left out                | I Wayan Sudarta                      | SUDARTA
            single word                         | Suparmi                              | SUPARMI
            no name                             | Dr.                                  | -
            """)
    void keysTheWholeGivenName(String description, String raw, String key) {
        assertThat(NameKeys.phoneticKey(NameKeys.of(raw))).isEqualTo(key);
    }

    @Test
    void keyWithoutSpacesIgnoresWordGaps() {
        assertThat(NameKeys.phoneticKey(NameKeys.of("Wahyu Ni")).replace(" ", ""))
                .isEqualTo(NameKeys.phoneticKey(NameKeys.of("Wahjoeni")).replace(" ", ""));
    }

    @Test
    void codesNothingForAWordWithoutLetters() {
        assertThat(NameKeys.phonetic("123")).isEmpty();
        assertThat(NameKeys.phonetic(null)).isEmpty();
    }
}
