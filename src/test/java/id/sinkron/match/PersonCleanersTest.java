package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonCleanersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hj. Siti Aminah | indonesian-name | SITI AMINAH",
        "Bpk. SLAMET, S.Pd. | indonesian-name | SLAMET",
        "M. RIDWAN | indonesian-name | MUHAMMAD RIDWAN",
        "MOH. RIDWAN | indonesian-name | MUHAMMAD RIDWAN",
        "SOEPARMI | indonesian-name | SUPARMI",
        "TJAHJONO | indonesian-name | CAHYONO",
        "I WAYAN SUDARMA | indonesian-name | SUDARMA",
        "Hj. | indonesian-name | ",
    })
    void namesAreComparedTheIndonesianWay(String raw, String cleaners, String expected) {
        assertThat(PersonCleaners.cleaners().chain(List.of(cleaners.split(","))).clean(raw)).isEqualTo(expected);
    }

    @Test
    void spellingsOfOneNameShareAPhoneticKey() {
        Cleaner phonetic = PersonCleaners.cleaners().chain(List.of("indonesian-name", "indonesian-phonetic"));

        assertThat(phonetic.clean("Hj. SOEPARMI")).isNotBlank().isEqualTo(phonetic.clean("SUPARMI"));
        assertThat(phonetic.clean("ACHMAD FAUZI")).isEqualTo(phonetic.clean("AHMAD FAUZI"));
        assertThat(phonetic.clean("SUPARMI")).isNotEqualTo(phonetic.clean("SUMARNI"));
    }
}
