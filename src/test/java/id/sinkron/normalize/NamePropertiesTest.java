package id.sinkron.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalizing a normalized name changes nothing: no title is found twice, no word is lost on a second pass. */
class NamePropertiesTest {

    private static final List<String> WORDS = List.of("H.", "H", "Hj.", "KH", "K.H.", "Dr.", "dr", "Drs.", "Ir", "Prof.", "Ibu", "Bapak",
            "Ny.", "Alm.", "S.Pd.", "S", "Pd", "SPd", "S.H.", "SH", "ST", "S.T.", "St.", "M.Si", "Ph.D.", "Sp.A", "A.Md.", "MBA", "SE", "MM",
            "Siti", "Sri", "Budi", "Ahmad", "Ma'ruf", "O’Neil", "Siti-Aisyah", "-", "'", ".", ",", "(Ucup)", "2", "Jos\u00E9", "Jose\u0301",
            "\u00DFtra\u00DFe", "\u0130brahim", "\u01F0", "\u0390");

    @Provide
    Arbitrary<String> writtenNames() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> gap = Arbitraries.of(" ", "", "  ", ", ", ".", "\t");
        return Arbitraries.oneOf(
                word.list().ofMinSize(1).ofMaxSize(8).flatMap(words -> gap.list().ofSize(words.size()).map(gaps -> {
                    StringBuilder name = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        name.append(words.get(i)).append(gaps.get(i));
                    }
                    return name.toString();
                })),
                Arbitraries.strings().ofMaxLength(40));
    }

    @Property(tries = 3000)
    void normalizingTheNormalizedNameChangesNothing(@ForAll("writtenNames") String raw) {
        PersonName once = normalizeOrNull(raw);
        Assume.that(once != null);

        PersonName twice = Names.normalize(once.name());

        assertThat(twice).isEqualTo(new PersonName(once.name(), List.of()));
    }

    private static PersonName normalizeOrNull(String raw) {
        try {
            return Names.normalize(raw);
        } catch (IllegalArgumentException noName) {
            return null;
        }
    }
}
