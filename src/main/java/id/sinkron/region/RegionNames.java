package id.sinkron.region;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cleaner of region names: turns a written name into the key it is compared by. Both sides go through it,
 * the name an agency wrote and the name in the reference table, so a rule here can never make them differ.
 *
 * <p>The key is upper case, without accents, punctuation or spaces ("Ds. Kedung Tuban" and "KEDUNGTUBAN" are
 * one key), without the level's prefix (Ds., Desa, Kel., Kelurahan; Kec., Kecamatan, Distrik; Kab., Kabupaten,
 * Kota), and in the modern spelling where the old one is unambiguous (OE → U, DJ → J, TJ → C: "Tjepoe" is
 * "Cepu").
 */
final class RegionNames {

    /** Which of the two kinds of regency a name says it is, when it says. */
    enum RegencyKind {
        KABUPATEN,
        KOTA
    }

    /** A regency name's key and, when the name carried a prefix, its kind. */
    record RegencyName(String key, RegencyKind kind) {}

    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> VILLAGE_PREFIXES = Set.of("DS", "DESA", "KEL", "KELURAHAN");
    private static final Set<String> DISTRICT_PREFIXES = Set.of("KEC", "KECAMATAN", "DISTRIK");
    private static final Set<String> KABUPATEN = Set.of("KAB", "KABUPATEN");
    private static final Set<String> KOTA = Set.of("KOTA", "KOTAMADYA", "KODYA");
    private static final Set<String> ANY_PREFIX = Stream.of(VILLAGE_PREFIXES, DISTRICT_PREFIXES, KABUPATEN, KOTA)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private RegionNames() {}

    /** The key of a village name; null when nothing is left. */
    static String village(String raw) {
        return key(withoutPrefix(tokens(raw), VILLAGE_PREFIXES));
    }

    /** The key of a district name; null when nothing is left. */
    static String district(String raw) {
        return key(withoutPrefix(tokens(raw), DISTRICT_PREFIXES));
    }

    /** The key of a regency name and the kind its prefix names; null when nothing is left. */
    static RegencyName regency(String raw) {
        List<String> tokens = tokens(raw);
        RegencyKind kind = null;
        if (tokens.size() > 1 && KABUPATEN.contains(tokens.get(0))) {
            kind = RegencyKind.KABUPATEN;
        } else if (tokens.size() > 1 && KOTA.contains(tokens.get(0))) {
            kind = RegencyKind.KOTA;
        }
        String key = key(kind == null ? tokens : tokens.subList(1, tokens.size()));
        return key == null ? null : new RegencyName(key, kind);
    }

    /** The key of any name, its first word kept whatever it is. */
    static String plain(String raw) {
        return key(tokens(raw));
    }

    /** The key of a name of any level: every level's prefix goes ("Kec. Blora" and "Kab. Blora" are both BLORA). */
    static String anyLevel(String raw) {
        return key(withoutPrefix(tokens(raw), ANY_PREFIX));
    }

    /** The key a reference region is compared by, by its level. */
    static String of(Region region) {
        return switch (region.level()) {
            case PROVINCE -> plain(region.name());
            case REGENCY -> regency(region.name()).key();
            case DISTRICT -> district(region.name());
            case VILLAGE -> village(region.name());
        };
    }

    private static List<String> tokens(String raw) {
        if (raw == null) {
            return List.of();
        }
        String text = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKD)).replaceAll("").toUpperCase(Locale.ROOT);
        String spaced = NOT_ALNUM.matcher(text).replaceAll(" ").strip();
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }

    /** A prefix goes only when a name follows it: a village may well be called "Desa". */
    private static List<String> withoutPrefix(List<String> tokens, Set<String> prefixes) {
        List<String> rest = new ArrayList<>(tokens);
        while (rest.size() > 1 && prefixes.contains(rest.get(0))) {
            rest.remove(0);
        }
        return rest;
    }

    private static String key(List<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        return String.join("", tokens).replace("OE", "U").replace("DJ", "J").replace("TJ", "C");
    }
}
