package id.sinkron.normalize;

import java.util.List;

/**
 * One word of a written name.
 *
 * @param text letters, digits and marks, with apostrophes and hyphens only inside
 * @param dotted a dot followed it directly ("S." in "S.Pd."), which is how abbreviated titles are told from names
 * @param position its place among all words of the name, so titles keep the order they were written in
 */
record NameToken(String text, boolean dotted, int position) {

    static String letters(List<NameToken> span) {
        StringBuilder letters = new StringBuilder();
        span.forEach(token -> letters.append(token.text()));
        return letters.toString();
    }

    static boolean anyDotted(List<NameToken> span) {
        return span.stream().anyMatch(NameToken::dotted);
    }

    boolean hasLetter() {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
