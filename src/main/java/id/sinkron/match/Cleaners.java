package id.sinkron.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;

/**
 * Named cleaners that {@code config/matching.yml} refers to. The built-in ones are language-neutral and fit
 * data such as FEBRL; {@link #with} registers more (e.g. the Indonesian name normalizer and phonetic key from
 * the {@code normalize} module) without the matching core knowing them.
 */
public final class Cleaners {

    // compiled once: a record is cleaned field by field, and every golden candidate of a batch is cleaned too
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^\\p{L} ]");
    private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Cleaner> byName;

    private Cleaners(Map<String, Cleaner> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The built-in cleaners: {@code trim}, {@code lower}, {@code upper}, {@code letters}, {@code digits},
     * {@code alphanumeric}, {@code collapse-space}, {@code first-token}, {@code last-token}, {@code sorted-tokens},
     * {@code soundex}, {@code double-metaphone} (of the whole value), {@code double-metaphone-tokens} (of each word),
     * {@code year} (of a {@code yyyy…} date), and {@code prefix:N} (the first N characters, e.g. the district
     * code inside a village code; values shorter than N become missing). */
    public static Cleaners builtIn() {
        Map<String, Cleaner> cleaners = new HashMap<>();
        cleaners.put("trim", Cleaner.of(String::strip));
        cleaners.put("lower", Cleaner.of(s -> s.strip().toLowerCase(Locale.ROOT)));
        cleaners.put("upper", Cleaner.of(s -> s.strip().toUpperCase(Locale.ROOT)));
        cleaners.put("letters", Cleaner.of(s -> SPACES.matcher(NOT_LETTER_OR_SPACE.matcher(s).replaceAll(" ")).replaceAll(" ").strip()));
        cleaners.put("digits", Cleaner.of(Cleaners::digits));
        cleaners.put("alphanumeric", Cleaner.of(s -> NOT_LETTER_OR_NUMBER.matcher(s).replaceAll("")));
        cleaners.put("collapse-space", Cleaner.of(s -> SPACES.matcher(s).replaceAll(" ").strip()));
        cleaners.put("first-token", Cleaner.of(s -> tokens(s).get(0)));
        cleaners.put("last-token", Cleaner.of(s -> tokens(s).get(tokens(s).size() - 1)));
        cleaners.put("sorted-tokens", Cleaner.of(s -> String.join(" ", new TreeSet<>(tokens(s)))));
        Soundex soundex = new Soundex();
        cleaners.put("soundex", Cleaner.of(s -> soundex.soundex(NOT_LETTER.matcher(s).replaceAll(""))));
        DoubleMetaphone metaphone = new DoubleMetaphone();
        cleaners.put("double-metaphone", Cleaner.of(metaphone::doubleMetaphone));
        cleaners.put("double-metaphone-tokens", Cleaner.of(s -> String.join(" ",
                tokens(s).stream().map(metaphone::doubleMetaphone).filter(t -> t != null && !t.isEmpty()).toList())));
        cleaners.put("year", Cleaner.of(s -> s.length() >= 4 ? s.substring(0, 4) : null));
        return new Cleaners(cleaners);
    }

    /** These cleaners plus {@code cleaner} under {@code name} (replacing a built-in of the same name). */
    public Cleaners with(String name, Cleaner cleaner) {
        Map<String, Cleaner> more = new HashMap<>(byName);
        more.put(name, cleaner);
        return new Cleaners(more);
    }

    /** The cleaners named, applied in order. */
    public Cleaner chain(List<String> names) {
        Cleaner chained = value -> value == null || value.isBlank() ? null : value;
        for (String name : names) {
            chained = chained.andThen(named(name));
        }
        return chained;
    }

    /** The cleaner of this name. */
    Cleaner named(String name) {
        Cleaner cleaner = name.startsWith("prefix:") ? prefix(name) : byName.get(name);
        if (cleaner == null) {
            throw new IllegalArgumentException("unknown cleaner '" + name + "'; known: " + new TreeSet<>(byName.keySet()));
        }
        return cleaner;
    }

    private static Cleaner prefix(String name) {
        int length;
        try {
            length = Integer.parseInt(name.substring("prefix:".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cleaner '" + name + "': prefix:N needs a number", e);
        }
        return Cleaner.of(s -> s.length() >= length ? s.substring(0, length) : null);
    }

    private static List<String> tokens(String value) {
        return Arrays.asList(SPACES.split(value.strip()));
    }

    /** The ASCII digits of {@code value} (what removing {@code \D} leaves), without a copy when it has nothing else. */
    static String digits(String value) {
        int i = 0;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length()).append(value, 0, i);
        for (; i < value.length(); i++) {
            if (isDigit(value.charAt(i))) {
                kept.append(value.charAt(i));
            }
        }
        return kept.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
