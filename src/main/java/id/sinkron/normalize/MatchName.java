package id.sinkron.normalize;

import java.util.List;

/**
 * A person's name in the form the matcher compares, made by {@link NameKeys#of}: upper-case ASCII letters, EYD
 * spelling, one spelling per name variant, without titles, salutations, Balinese birth-order names or the
 * father's name. The golden record keeps the name as written ({@link Names}); this is a key, never shown.
 *
 * <p>{@link #joined()}, {@link #first()}, {@link #last()} and {@link #initials()} are computed on each call; keep
 * them when comparing one name against many.
 *
 * @param tokens the given name's words, at least one; letters only; MUHAMMAD, ABDUL, NUR, SITI for their variants
 * @param patronym the father's name after BIN/BINTI/BT, normalized the same way and single-spaced; null when none
 * @param birthOrder the Balinese birth order taken off the front of the name: 1 (WAYAN, GEDE, PUTU, LUH), 2 (MADE,
 *     KADEK, NENGAH), 3 (NYOMAN, KOMANG), 4 (KETUT); 0 when the name has none
 */
public record MatchName(List<String> tokens, String patronym, int birthOrder) {

    public MatchName {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty() || tokens.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a name to match needs at least one word and no empty word: " + tokens);
        }
        if (patronym != null && patronym.isBlank()) {
            throw new IllegalArgumentException("a patronym is null or has letters");
        }
        if (birthOrder < 0 || birthOrder > 4) {
            throw new IllegalArgumentException("Balinese birth order is 0 (none) or 1 to 4, not " + birthOrder);
        }
    }

    /** The words single-spaced, e.g. {@code MUHAMMAD SUHARTO}; {@link NameKeys#of} of it gives the same words back. */
    public String joined() {
        return String.join(" ", tokens);
    }

    /** The first word; the only one for a single-word name (SUPARMI). */
    public String first() {
        return tokens.get(0);
    }

    /** The last word; the same as {@link #first()} for a single-word name. */
    public String last() {
        return tokens.get(tokens.size() - 1);
    }

    /** The first letter of every word, e.g. {@code MS} for MUHAMMAD SUHARTO. */
    public String initials() {
        StringBuilder initials = new StringBuilder(tokens.size());
        tokens.forEach(token -> initials.append(token.charAt(0)));
        return initials.toString();
    }

    /** Whether this is a one-word name, the common Javanese case (SUPARMI): first and last are that word. */
    public boolean singleWord() {
        return tokens.size() == 1;
    }

    @Override
    public String toString() {
        return joined() + (patronym == null ? "" : " BIN " + patronym) + (birthOrder == 0 ? "" : " [birth order " + birthOrder + "]");
    }
}
