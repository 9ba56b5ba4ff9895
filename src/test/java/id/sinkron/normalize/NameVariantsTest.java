package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each name has one spelling in the matching form, however the record abbreviates or transliterates it. */
class NameVariantsTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Muhammad                            | Muhammad Rizki            | MUHAMMAD RIZKI
            Muhamad                             | Muhamad Rizki             | MUHAMMAD RIZKI
            Mohammad                            | Mohammad Hatta            | MUHAMMAD HATTA
            Mohamad                             | Mohamad Hatta             | MUHAMMAD HATTA
            Mohammed                            | Mohammed Ali              | MUHAMMAD ALI
            Mochammad, old CH                   | Mochammad Ali             | MUHAMMAD ALI
            Muchamad                            | Muchamad Ali              | MUHAMMAD ALI
            Moehammad, old OE                   | Moehammad Ali             | MUHAMMAD ALI
            Moch.                               | Moch. Yusuf               | MUHAMMAD YUSUF
            Moch without a dot                  | Moch Yusuf                | MUHAMMAD YUSUF
            Moh.                                | Moh. Yusuf                | MUHAMMAD YUSUF
            Mohd.                               | Mohd. Yusuf               | MUHAMMAD YUSUF
            Mhd.                                | Mhd. Yusuf                | MUHAMMAD YUSUF
            Muh.                                | Muh. Yusuf                | MUHAMMAD YUSUF
            M. followed by a name               | M. Yusuf                  | MUHAMMAD YUSUF
            M without a dot followed by a name  | M Yusuf                   | MUHAMMAD YUSUF
            M. after the title H.               | H. M. Soeharto            | MUHAMMAD SUHARTO
            M. in the middle                    | Achmad M. Yusuf           | AKHMAD MUHAMMAD YUSUF
            M. at the end is an initial         | Budi M.                   | BUDI M
            M alone stays                       | M                         | M
            """)
    void writesEveryMuhammadAsMuhammad(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Abd.                                | Abd. Rahman               | ABDUL RAHMAN
            Abd without a dot                   | Abd Gani                  | ABDUL GANI
            Abdoel, old OE                      | Abdoel Kadir              | ABDUL KADIR
            ABDURRAHMAN in one word             | Abdurrahman Wahid         | ABDUL RAHMAN WAHID
            ABDURAHMAN, single R                | Abdurahman                | ABDUL RAHMAN
            ABDULRAHMAN, article kept           | Abdulrahman               | ABDUL RAHMAN
            ABDUSSALAM                          | Abdussalam                | ABDUL SALAM
            ABDULKADIR                          | Abdulkadir                | ABDUL KADIR
            ABDULLATIF                          | Abdullatif                | ABDUL LATIF
            ABDULLAH is one name                | Abdullah                  | ABDULLAH
            ABDULLOH is one name                | Abdulloh                  | ABDULLOH
            ABDUH is one name                   | Abduh                     | ABDUH
            ABDUL alone stays                   | Abdul                     | ABDUL
            Noor                                | Noor Hayati               | NUR HAYATI
            Noer, old OE                        | Noer Aini                 | NUR AINI
            Nour                                | Nour Fadillah             | NUR FADILLAH
            NURHAYATI stays one word            | Nurhayati                 | NURHAYATI
            St.                                 | St. Aminah                | SITI AMINAH
            St without a dot                    | St Aminah                 | SITI AMINAH
            Sitti, Bugis spelling               | Sitti Rahmah              | SITI RAHMAH
            ST written after the name           | Nur St Aminah             | NUR SITI AMINAH
            S.T. is the engineering degree      | Rina Lestari, S.T.        | RINA LESTARI
            """)
    void writesAbdulNurAndSitiOneWay(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw).joined()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tjoa (蔡)                           | Tjoa Eng Hoa              | CUA ENG HOA
            Coa                                 | Coa Eng Hoa               | CUA ENG HOA
            Chua                                | Chua Eng Hoa              | CUA ENG HOA
            Oei (黄)                            | Oei Hui Lan               | UI HUI LAN
            Oey                                 | Oey Hui Lan               | UI HUI LAN
            Wie                                 | Wie Hui Lan               | UI HUI LAN
            Lie (李)                            | Lie Kim Hok               | LI KIM HOK
            Lee                                 | Lee Kim Hok               | LI KIM HOK
            Liem (林)                           | Liem Sioe Liong           | LIM SIU LIONG
            Kwee (郭)                           | Kwee Tjie Hoei            | KWE CI HUI
            Thio (張)                           | Thio Tjhin Boen           | TIO CIN BUN
            The (鄭)                            | The Kian Seng             | TE KIAN SENG
            Gouw (吳)                           | Gouw Giok Siong           | GO GIOK SIONG
            Lauw (劉)                           | Lauw Tjin An              | LAU CIN AN
            Kho (許)                            | Kho Ping Hoo              | KO PING HOO
            Njoo (楊)                           | Njoo Han Siang            | YO HAN SIANG
            Jap (葉)                            | Jap Thiam Hien            | YAP THIAM HIEN
            Phoa (潘)                           | Phoa Tjoen Hoat           | POA CUN HOAT
            Sie (施)                            | Sie Kok Liong             | SI KOK LIONG
            Tan stays, Joe is Dutch-spelled Yu  | Tan Joe Hok               | TAN YU HOK
            a name respelled in Indonesian      | Sudono Salim              | SUDONO SALIM
            """)
    void writesChineseIndonesianSurnamesOneWay(String description, String raw, String expected) {
        assertThat(NameKeys.of(raw).joined()).isEqualTo(expected);
    }
}
