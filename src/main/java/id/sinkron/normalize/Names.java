package id.sinkron.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Names the Indonesian way: "Hj. Sri  Wahyuni, S.Pd." is the name SRI WAHYUNI with the titles HJ. and S.PD.
 *
 * <p>The name is upper case (Locale.ROOT), NFC, single-spaced, without punctuation except an apostrophe or a
 * hyphen inside a word (MA'RUF, SITI-AISYAH). Academic, religious and honorific titles and salutations (H., HJ.,
 * DR., DRS., IR., PROF., IBU, NY., ALM., S.PD., S.H., M.SI., A.MD., SP.A, PH.D., …) are taken apart and returned
 * in canonical form in the order they were written, however they were dotted or spaced ("S Pd", "SPd": S.PD.).
 * A plain given name is never taken for a title: IBU or H alone stays a name, ST is SITI (only S.T. is a degree),
 * and short degrees such as SH count without dots only after a comma. Spelling is left as written.
 *
 * <p>Normalizing a normalized name changes nothing. Null for blank; IllegalArgumentException when no letters
 * are left.
 */
public final class Names {

    private Names() {}

    /** The name and its titles; null for blank; IllegalArgumentException when nothing but titles (or no letters) remain. */
    public static PersonName normalize(String raw) {
        String text = Texts.upper(raw);
        if (text == null) {
            return null;
        }
        Split split = split(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<NameToken> words = split.words();
        Map<Integer, String> titles = split.titles();
        if (words.stream().noneMatch(NameToken::hasLetter)) {
            throw new IllegalArgumentException(titles.isEmpty() ? "name has no letters" : "name has no letters besides titles");
        }
        return new PersonName(words.stream().map(NameToken::text).collect(Collectors.joining(" ")), List.copyOf(titles.values()));
    }

    /** The words of a name and its titles keyed by the position they were written at; the words may hold no letters. */
    record Split(List<NameToken> words, Map<Integer, String> titles) {}

    /** Takes the titles out of an upper-case name; shared with {@link NameKeys}, so both see the same name words. */
    static Split split(String text) {
        List<List<NameToken>> groups = NameLexer.groups(text);
        List<NameToken> words = new ArrayList<>(groups.get(0));
        Map<Integer, String> titles = new TreeMap<>();
        for (List<NameToken> group : groups.subList(1, groups.size())) {
            List<Titles.Match> degrees = Titles.group(group);
            if (degrees == null) {
                // not titles: the name went on after a comma ("SUTRISNO, BUDI")
                words.addAll(group);
            } else {
                int at = 0;
                for (Titles.Match degree : degrees) {
                    titles.put(group.get(at).position(), degree.canonical());
                    at += degree.length();
                }
            }
        }
        stripTitles(words, titles);
        return new Split(words, titles);
    }

    /**
     * Takes titles written before and degrees written after the name off {@code words} into {@code titles} (by the
     * position they were written at), or drops them when {@code titles} is null.
     */
    static void stripTitles(List<NameToken> words, Map<Integer, String> titles) {
        for (Titles.Match title = Titles.trailing(words); title != null; title = Titles.trailing(words)) {
            List<NameToken> span = words.subList(words.size() - title.length(), words.size());
            if (titles != null) {
                titles.put(span.get(0).position(), title.canonical());
            }
            span.clear();
        }
        for (Titles.Match title = Titles.leading(words); title != null; title = Titles.leading(words)) {
            List<NameToken> span = words.subList(0, title.length());
            if (titles != null) {
                titles.put(span.get(0).position(), title.canonical());
            }
            span.clear();
        }
    }
}
