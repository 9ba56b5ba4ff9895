package id.sinkron.match;

import id.sinkron.normalize.MatchName;
import id.sinkron.normalize.NameKeys;

/**
 * The cleaners of the person model ({@code config/matching.yml}): the built-in ones plus the Indonesian name
 * key and phonetic code of the {@code normalize} module.
 * <ul>
 *   <li>{@code indonesian-name}: {@link NameKeys#ofOwnName} joined — titles off, old spelling respelled, MUHAMMAD/M./MOH.
 *       in one spelling, Balinese birth-order names and BIN/BINTI patronyms set aside; none for a newborn
 *       registered under its mother's name (BY. NY. SITI AMINAH);
 *   <li>{@code indonesian-phonetic}: {@link NameKeys#phoneticKey} of the same key, one code per word.
 * </ul>
 */
public final class PersonCleaners {

    private PersonCleaners() {
    }

    public static Cleaners cleaners() {
        return Cleaners.builtIn()
                .with("indonesian-name", Cleaner.of(s -> joined(NameKeys.ofOwnName(s))))
                .with("indonesian-phonetic", Cleaner.of(s -> NameKeys.phoneticKey(NameKeys.ofOwnName(s))));
    }

    private static String joined(MatchName name) {
        return name == null ? null : name.joined();
    }
}
