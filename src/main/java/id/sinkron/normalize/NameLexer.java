package id.sinkron.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an upper-cased name into comma-separated groups of {@link NameToken words}. Every character that is not
 * a letter, digit, mark, apostrophe or hyphen separates words, so punctuation disappears; an apostrophe or hyphen
 * survives only between two word characters (O'NEIL, SITI-AISYAH), folded to its ASCII form.
 */
final class NameLexer {

    private final List<List<NameToken>> groups = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private List<NameToken> group = new ArrayList<>();
    private int joiner;
    private int position;
    private boolean afterWord;

    private NameLexer() {}

    static List<List<NameToken>> groups(String text) {
        NameLexer lexer = new NameLexer();
        text.codePoints().forEach(lexer::accept);
        lexer.endWord(false);
        lexer.groups.add(lexer.group);
        return lexer.groups;
    }

    private void accept(int c) {
        if (c == ',' || c == ';') {
            endWord(false);
            groups.add(group);
            group = new ArrayList<>();
            afterWord = false;
        } else if (c == '.') {
            if (word.length() > 0) {
                endWord(true);
            } else if (afterWord && !group.isEmpty()) {
                NameToken last = group.remove(group.size() - 1);
                group.add(new NameToken(last.text(), true, last.position()));
            }
        } else if (isWordChar(c)) {
            if (joiner != 0) {
                word.appendCodePoint(joiner);
                joiner = 0;
            }
            word.appendCodePoint(c);
        } else if (joinerFor(c) != 0) {
            if (word.length() > 0 && joiner == 0) {
                joiner = joinerFor(c);
            }
        } else {
            endWord(false);
            afterWord = false;
        }
    }

    private void endWord(boolean dotted) {
        joiner = 0;
        if (word.length() > 0) {
            group.add(new NameToken(word.toString(), dotted, position++));
            word.setLength(0);
            afterWord = true;
        }
    }

    private static boolean isWordChar(int c) {
        if (joinerFor(c) != 0) {
            return false;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The ASCII apostrophe or hyphen a character stands for inside a word, or 0. */
    private static int joinerFor(int c) {
        return switch (c) {
            case '\'', '`', '\u00B4', '\u2018', '\u2019', '\u02BC' -> '\'';
            case '-', '\u2010', '\u2011' -> '-';
            default -> 0;
        };
    }
}
