package id.sinkron.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word-level steps of {@link NameKeys}: folding the raw text to upper-case letters, then each word to EYD
 * spelling and its canonical variant, and M. read as MUHAMMAD when a name follows it.
 */
final class MatchWords {

    private MatchWords() {}

    /**
     * Upper case (Locale.ROOT), compatibility-decomposed with accents and invisible characters dropped (JOSÉ: JOSE,
     * fullwidth letters: ASCII), apostrophes dropped (MA'RUF: MARUF) and hyphens made word gaps (SITI-AISYAH: SITI
     * AISYAH). Plain ASCII, the common case, skips the Unicode decomposition.
     */
    static String fold(String raw) {
        if (raw == null) {
            return null;
        }
        String text = isAscii(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'', '`', '\u00B4', '\u2018', '\u2019', '\u02BC' -> { }
                case '-', '\u2010', '\u2011' -> folded.append(' ');
                default -> {
                    int type = Character.getType(c);
                    if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK
                            && type != Character.FORMAT) {
                        folded.append(c);
                    }
                }
            }
        }
        return folded.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Each word as letters only, in EYD spelling and canonical; words without letters are left out. */
    static List<NameToken> clean(List<NameToken> words) {
        List<NameToken> clean = new ArrayList<>(words.size() + 1);
        for (NameToken word : words) {
            String letters = letters(word.text());
            if (letters.isEmpty()) {
                continue;
            }
            add(clean, OldSpelling.toEyd(letters), word);
        }
        return clean;
    }

    private static void add(List<NameToken> clean, String eyd, NameToken word) {
        List<String> parts = NameVariants.splitAbdul(eyd);
        if (parts == null) {
            clean.add(new NameToken(NameVariants.canonical(eyd), word.dotted(), word.position()));
        } else {
            // the name after ABDUL is a word of its own, with its own variants (ABDULMOCH…) and compounds
            parts.forEach(part -> add(clean, part, word));
        }
    }

    private static String letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                StringBuilder letters = new StringBuilder(word.length());
                word.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
                return letters.toString();
            }
        }
        return word;
    }

    /** The words' texts, an M (M. SOEHARTO) followed by another word read as MUHAMMAD. */
    static List<String> texts(List<NameToken> words) {
        List<String> texts = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            texts.add(text.equals("M") && i + 1 < words.size() ? "MUHAMMAD" : text);
        }
        return texts;
    }
}
