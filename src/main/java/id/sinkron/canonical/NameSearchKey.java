package id.sinkron.canonical;

import id.sinkron.normalize.MatchName;
import id.sinkron.normalize.NameKeys;
import java.util.List;

/**
 * What the person search compares a name by, stored with each golden person ({@code persons.name_words},
 * {@code persons.name_codes}) and made the same way from the name searched for. The words are those of the matcher's
 * name key ({@link NameKeys#of}, the {@code indonesian-name} cleaner): titles off, old spelling respelled in EYD,
 * MUHAMMAD/M./MOH. and other variants in one spelling, Balinese birth-order names and the father's name after
 * BIN/BINTI set aside; the codes are the Indonesian phonetic code of each word ({@link NameKeys#phonetic}), so that
 * ACHMAD finds AHMAD and SOEPRIJADI finds SUPRIADI.
 *
 * @param words the name key's words, upper case
 * @param codes the phonetic code of each word, in the same order
 */
public record NameSearchKey(List<String> words, List<String> codes) {

    public NameSearchKey {
        words = List.copyOf(words);
        codes = List.copyOf(codes);
        if (words.isEmpty() || words.size() != codes.size()) {
            throw new IllegalArgumentException("a name search key needs one code per word: " + words + " " + codes);
        }
    }

    /** The key of a raw or golden name; null when it has no words besides titles. */
    public static NameSearchKey of(String name) {
        MatchName key = NameKeys.of(name);
        if (key == null) {
            return null;
        }
        return new NameSearchKey(key.tokens(), key.tokens().stream().map(NameKeys::phonetic).toList());
    }

    /** The key of a golden record's {@code full_name}, or null. */
    static NameSearchKey ofRecord(java.util.Map<String, Object> record) {
        return record.get(PersonField.FULL_NAME.wireName()) instanceof String name ? of(name) : null;
    }

    /** The words for a {@code text[]} parameter, or null for no key. */
    static String[] words(NameSearchKey key) {
        return key == null ? null : key.words().toArray(String[]::new);
    }

    /** The codes for a {@code text[]} parameter, or null for no key. */
    static String[] codes(NameSearchKey key) {
        return key == null ? null : key.codes().toArray(String[]::new);
    }
}
