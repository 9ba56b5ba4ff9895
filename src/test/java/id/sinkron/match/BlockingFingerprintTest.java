package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockingFingerprintTest {

    private static final Path SHIPPED = Path.of("config/matching.yml");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a blocking rule's fields           | true  | [birth_date, first_name_phonetic] | [birth_date, first_name]
            a cleaner of a field a rule uses   | true  | first_name: {from: full_name, cleaners: [indonesian-name, first-token]} | first_name: {from: full_name, cleaners: [upper, first-token]}
            the field a derived key comes from | true  | district_code: {from: village_code | district_code: {from: birth_place
            term frequencies of a field        | true  | kind: exact, tf: true, m: 0.82 | kind: exact, tf: false, m: 0.82
            a level's m and u                  | false | {label: exact, kind: exact, m: 0.98, u: 0.5} | {label: exact, kind: exact, m: 0.9, u: 0.4}
            the thresholds                     | false | thresholds: {link: 12.0, review: 4.0} | thresholds: {link: 14.0, review: 4.0}
            a field no rule uses               | false | phone: {cleaners: [digits]} | phone: {cleaners: [digits, prefix:6]}
            """)
    void changesWhenTheKeysWouldChange(String change, boolean changes, String shipped, String edited, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("matching.yml");
        String text = Files.readString(SHIPPED);
        assertThat(text).contains(shipped);
        Files.writeString(file, text.replace(shipped, edited));

        boolean differs = !BlockingFingerprint.of(MatchingConfigs.read(file)).equals(BlockingFingerprint.of(MatchingConfigs.read(SHIPPED)));

        assertThat(differs).as(change).isEqualTo(changes);
    }
}
