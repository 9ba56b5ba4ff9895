package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The matching form is a fixed point (a key of a key is the key) and does not depend on how a clerk typed the
 * name: case, spacing and punctuation around words change nothing.
 */
class NameKeyPropertiesTest {

    private static final List<String> WORDS = List.of("H.", "H", "Hj.", "K.H.", "Dr.", "dr", "Drs.", "Ir", "Prof.", "Ibu", "Bpk.",
            "Ny.", "Sdr.", "S.Pd.", "SPd", "S.H.", "SH", "M.Si", "ST", "St.", "S.T.", "M.", "M", "Moch.", "Moh", "Mhd.", "Muhamad",
            "Abd.", "Abdurrahman", "Abdullah", "Abdoel", "Noor", "Nur", "Siti", "bin", "binti", "BT", "I", "Ni", "Luh", "Wayan",
            "Gede", "Made", "Kadek", "Nyoman", "Ketut", "Njoman", "Soeharto", "Djojo", "Tjahjo", "Sjahrir", "Joko", "Jusuf",
            "Wahjoeni", "Chairul", "Christina", "Tjoa", "Oei", "Liem", "Kwee", "Thio", "Lie", "Tan", "Njoo", "Jap", "Sudarta",
            "Suparmi", "Budi", "Ma'ruf", "Siti-Aisyah", "Jos\u00E9", "-", "'", "(Ucup)", "2", "DDJOJO", "Gh", "NJ", "IE");

    @Provide
    Arbitrary<String> writtenNames() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().withChars("AEIOUDJTSNCHKYWLGMB").ofMinLength(1).ofMaxLength(7));
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", ", ", ". ", "\t", "");
        return Arbitraries.oneOf(
                word.list().ofMinSize(1).ofMaxSize(7).flatMap(words -> gap.list().ofSize(words.size()).map(gaps -> {
                    StringBuilder name = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        name.append(words.get(i)).append(gaps.get(i));
                    }
                    return name.toString();
                })),
                Arbitraries.strings().ofMaxLength(30));
    }

    @Property(tries = 3000)
    void aKeyOfTheJoinedKeyIsTheKey(@ForAll("writtenNames") String raw) {
        MatchName once = NameKeys.of(raw);
        Assume.that(once != null);

        MatchName twice = NameKeys.of(once.joined());

        assertThat(twice.tokens()).isEqualTo(once.tokens());
        assertThat(twice.joined()).isEqualTo(once.joined());
    }

    @Property(tries = 2000)
    void ignoresCaseSpacingAndPunctuationAroundWords(@ForAll("writtenNames") String raw) {
        Assume.that(raw.chars().allMatch(c -> c < 0x80));
        MatchName typed = NameKeys.of(raw);

        assertThat(NameKeys.of(raw.toLowerCase(Locale.ROOT))).isEqualTo(typed);
        assertThat(NameKeys.of(raw.toUpperCase(Locale.ROOT))).isEqualTo(typed);
        assertThat(NameKeys.of(" " + raw.replace(" ", " \u00A0 ") + "\n")).isEqualTo(typed);
        assertThat(NameKeys.of("\"" + raw.replace(" ", "  ! ") + "\" ?")).isEqualTo(typed);
    }

    @Property(tries = 3000)
    void aPhoneticCodeIsItsOwnCode(@ForAll("writtenNames") String word) {
        String code = NameKeys.phonetic(word);

        assertThat(NameKeys.phonetic(code)).isEqualTo(code);
    }

    @Property(tries = 2000)
    void everyWordOfAPhoneticKeyIsItsOwnCode(@ForAll("writtenNames") String raw) {
        MatchName name = NameKeys.of(raw);
        Assume.that(name != null);

        String key = NameKeys.phoneticKey(name);

        assertThat(key.split(" ")).hasSameSizeAs(name.tokens()).allSatisfy(code -> assertThat(NameKeys.phonetic(code)).isEqualTo(code));
    }

    @Property(tries = 3000)
    void neverFailsOnAnyText(@ForAll String raw) {
        MatchName name = NameKeys.of(raw);

        if (name != null) {
            assertThat(name.tokens()).allSatisfy(token -> assertThat(token).isNotEmpty().doesNotContain(" "));
            assertThat(NameKeys.phoneticKey(name)).isNotBlank();
        }
    }
}
