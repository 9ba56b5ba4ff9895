package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasksTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            a NIK keeps regency and serial       | 3316010101800001    | 3316xxxxxxxx0001
            separators are ignored               | 3316.0101.0180.0001 | 3316xxxxxxxx0001
            a malformed number is hidden wholly  | 33160101         | xxxxxxxx
            a NIK a digit short keeps its shape  | 331610561208140  | 3316xxxxxxx8140
            a NIK a digit long keeps its shape   | 33161056120814001 | 3316xxxxxxxxx4001
            missing stays missing                | null             | null
            """)
    void masksOneNumber(String description, String value, String masked) {
        assertThat(Masks.number(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a JSON payload                   | {"nik":"3316010101800001","kk":"3316012001090003"} | {"nik":"3316xxxxxxxx0001","kk":"3316xxxxxxxx0003"}
            a CSV line with dotted NIK       | 3316.0101.0180.0001,Siti                             | 3316xxxxxxxx0001,Siti
            longer digit runs are not a NIK  | 12345678901234567890                                 | 12345678901234567890
            a NIK a digit short (issue 7)    | PDDK-000021,331610561208140,3316102306209523,EKA       | PDDK-000021,3316xxxxxxx8140,3316xxxxxxxx9523,EKA
            a NIK a digit long               | nik=33161056120814001                                | nik=3316xxxxxxxxx4001
            shorter digit runs are no NIK    | 33161056120814                                       | 33161056120814
            a query string                   | nik=3316010101800001&limit=5                         | nik=3316xxxxxxxx0001&limit=5
            """)
    void masksEveryNumberInText(String description, String text, String masked) {
        assertThat(Masks.numbersIn(text)).isEqualTo(masked);
    }
}
