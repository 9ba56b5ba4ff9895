package id.sinkron.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names as the matcher compares them: {@link #of} makes the comparable {@link MatchName} of a raw name, and
 * {@link #phonetic}/{@link #phoneticKey} an Indonesian phonetic code of it. The golden record keeps the name as
 * written ({@link Names}); these keys are for comparing only.
 *
 * <p>{@link #of} reads the name with the lexer and title lists of {@link Names}, then, in this order:
 * <ol>
 *   <li>folds to upper-case ASCII letters: accents and apostrophes dropped, hyphens split words (SITI-AISYAH);
 *   <li>takes off titles and salutations (H., HJ., DR., DRS., IR., PROF., BPK., IBU, NY., SDR., S.PD., S.H., M.SI. …);
 *   <li>respells each word in EYD ({@link OldSpelling}: SOEDJONO → SUYONO, TJAHJO → CAHYO, but JOKO stays JOKO);
 *   <li>gives each name one spelling: MUHAMMAD for MOHAMMAD, MUHAMAD, MOCH., MOH., MHD. … and for an M. followed by
 *       another word; ABDUL for ABD.; NUR for NOOR; SITI for ST.; ABDURRAHMAN as ABDUL RAHMAN; Chinese-Indonesian
 *       surnames in one spelling (TJOA → CUA, OEI → UI, LIEM → LIM; {@link NameVariants});
 *   <li>takes the father's name after BIN, BINTI or BT into {@link MatchName#patronym()} (AHMAD BIN SALEH);
 *   <li>takes Balinese birth-order names off the front into {@link MatchName#birthOrder()} (I WAYAN SUDARTA →
 *       SUDARTA, 1; {@link BirthOrders}).
 * </ol>
 * A newborn registered before it has a name, as the baby of its mother (BY. NY. SITI AMINAH, BAYI NY. SITI, BY.
 * SITI: "bayi nyonya", the baby of Mrs. Siti), has a key, for finding the record, but no key of its own name
 * ({@link #ofOwnName}), for matching: comparing the mother's name with the child's would count as a different
 * name against the record that does name the child.
 * Taking a key of a key's {@link MatchName#joined()} gives the same words back. Thread-safe and allocation-light:
 * the tables are built once and no regular expression runs per name.
 */
public final class NameKeys {

    private static final String[] PATRONYM_MARKERS = {"BIN", "BINTI", "BT"};
    /** BY. and BAYI: a baby registered under its mother's name. */
    private static final Set<String> BABY = Set.of("BY", "BAYI");

    private NameKeys() {}

    /** The comparable form of a raw name; null when it is blank or holds no letters besides titles. */
    public static MatchName of(String rawName) {
        String text = MatchWords.fold(rawName);
        if (text == null) {
            return null;
        }
        List<NameToken> words = MatchWords.clean(Names.split(text).words());
        stripTitles(words);
        List<NameToken> father = null;
        int marker = patronymMarker(words);
        if (marker > 0) {
            father = new ArrayList<>(words.subList(marker + 1, words.size()));
            stripTitles(father);
            words = withoutTitles(words.subList(0, marker));
            // AHMAD BIN H.: a father known only by his title names no one
            father = father.isEmpty() ? null : father;
        }
        int birthOrder = 0;
        for (int order = BirthOrders.strip(words); order > 0; order = BirthOrders.strip(words)) {
            birthOrder = order;
            words = withoutTitles(words); // I WAYAN H. SUDARTA
        }
        if (words.isEmpty()) {
            return null;
        }
        String patronym = father == null ? null : String.join(" ", MatchWords.texts(father));
        return new MatchName(MatchWords.texts(words), patronym, birthOrder);
    }

    /**
     * The key of a person's own name, for matching: {@link #of}, or null for a newborn registered under its mother's
     * name (BY. NY. SITI AMINAH, BAYI 2 SUMIATI) or only as a baby (BAYI, BY.), whose name is not its own yet.
     */
    public static MatchName ofOwnName(String rawName) {
        MatchName key = of(rawName);
        return key != null && BABY.contains(key.tokens().get(0)) ? null : key;
    }

    /**
     * The Indonesian phonetic code of one word (raw or from {@link MatchName#tokens()}), upper-case letters; empty
     * when the word has no letters. Families of spellings of one name share a code: ACHMAD, AHMAD and AKHMAD;
     * FATIMAH and FATIMA; ZAINAL, ZAENAL and ZAINUL; SYAIFUL and SAIFUL; SYAIFULLOH and SAIFULLAH; RAHMAN, RACHMAN
     * and RAKHMAN; HIDAYAT and HIDAJAT; YUSUF, JUSUF and YUSUP; SUPRIYADI, SOEPRIJADI and SUPRIADI; SUTRISNO,
     * SOETRISNO and SUTRISNA; WAHYUNI and WAHJOENI. Vowels are kept, so RINI, RANI, RENI and RONI do not; see
     * README "Names for matching" for every rule and the pairs it merges on purpose (JOKO and YOKO, EKO and EKA).
     * The code of a code is itself.
     */
    public static String phonetic(String token) {
        String text = MatchWords.fold(token);
        if (text == null) {
            return "";
        }
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return Phonetic.code(letters.toString());
    }

    /**
     * The phonetic codes of the given name's words, single-spaced (ACHMAD CHAIRUL: AHMAT HAIRAL); without patronym
     * and birth order; every word of it is its own {@link #phonetic} code. Compare it with the spaces removed to let
     * word gaps not count (WAHYU NI and WAHYUNI, NUR HAYATI and NURHAYATI). Null for a null name.
     */
    public static String phoneticKey(MatchName name) {
        if (name == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(name.tokens().size() * 8);
        for (String token : name.tokens()) {
            key.append(key.isEmpty() ? "" : " ").append(Phonetic.code(token));
        }
        return key.toString();
    }

    private static int patronymMarker(List<NameToken> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            String word = words.get(i).text();
            for (String marker : PATRONYM_MARKERS) {
                if (marker.equals(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The words without the titles around them. When they are titles only (S.PD. BIN …, LUH H.), they are still
     * the name, read as their joined form will be read again: without dots, so a lone H stays and H H is H; that
     * way a key of the key is the key.
     */
    private static List<NameToken> withoutTitles(List<NameToken> words) {
        List<NameToken> rest = new ArrayList<>(words);
        stripTitles(rest);
        if (rest.isEmpty()) {
            words.forEach(word -> rest.add(new NameToken(word.text(), false, word.position())));
            stripTitles(rest);
        }
        return rest;
    }

    private static void stripTitles(List<NameToken> words) {
        Names.stripTitles(words, null);
    }
}
