package id.sinkron.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Every Kemendagri region, in memory: lookups by code, a region's children, the district a NIK was issued in,
 * and a name search. Immutable and safe to share between threads; built once at start-up (91,599 regions, a few
 * MB), because the ingest path asks it for every record and must not wait on a database for that.
 */
public final class Regions {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double SEARCH_THRESHOLD = 0.85;

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;
    private final Map<String, String> keys;
    private final Map<RegionLevel, List<Region>> byLevel;
    private final Map<String, RegionNames.RegencyKind> regencyKinds;
    private final Map<RegionLevel, Map<String, List<Region>>> byKey;

    private Regions(Collection<Region> regions) {
        byCode = new HashMap<>(regions.size() * 2);
        children = new HashMap<>(regions.size() / 4);
        keys = new HashMap<>(regions.size() * 2);
        byLevel = new EnumMap<>(RegionLevel.class);
        regencyKinds = new HashMap<>();
        byKey = new EnumMap<>(RegionLevel.class);
        List<Region> sorted = regions.stream().sorted(Comparator.comparing(Region::code)).toList();
        for (Region region : sorted) {
            if (byCode.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("region code " + region.code() + " occurs twice");
            }
            String key = RegionNames.of(region);
            keys.put(region.code(), key);
            byKey.computeIfAbsent(region.level(), l -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(region);
            byLevel.computeIfAbsent(region.level(), l -> new ArrayList<>()).add(region);
            if (region.level() == RegionLevel.REGENCY) {
                regencyKinds.put(region.code(), RegionNames.regency(region.name()).kind());
            }
        }
        for (Region region : sorted) {
            if (region.parent() != null) {
                if (!byCode.containsKey(region.parent())) {
                    throw new IllegalArgumentException("region " + region.code() + " has no parent " + region.parent());
                }
                children.computeIfAbsent(region.parent(), p -> new ArrayList<>()).add(region);
            }
        }
        children.replaceAll((code, list) -> List.copyOf(list));
        byLevel.replaceAll((level, list) -> List.copyOf(list));
        byKey.values().forEach(index -> index.replaceAll((key, list) -> List.copyOf(list)));
    }

    /** The regions given; every parent must be among them. */
    public static Regions of(Collection<Region> regions) {
        return new Regions(regions);
    }

    /** The regions Sinkron ships ({@code reference/wilayah/wilayah.sql}); reads and indexes the file. */
    public static Regions shipped() {
        return of(RegionFile.shipped().rows());
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Whether {@code code} is a current village (desa, kelurahan or desa adat) in the dotted form. */
    public boolean isVillage(String code) {
        return find(code).filter(r -> r.level() == RegionLevel.VILLAGE).isPresent();
    }

    /** The regions one level below {@code code}, by code; empty for a village or an unknown code. */
    public List<Region> children(String code) {
        return code == null ? List.of() : children.getOrDefault(code, List.of());
    }

    /** The regions of one level, by code. */
    public List<Region> all(RegionLevel level) {
        return byLevel.getOrDefault(level, List.of());
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The current district a NIK's first six digits {@code PPKKCC} name, as {@code PP.KK.CC}; empty when that
     * district does not exist (any more). Digits only: a NIK in another form gives IllegalArgumentException.
     */
    public Optional<Region> districtOfNik(String nik) {
        return find(districtCode(nik)).filter(r -> r.level() == RegionLevel.DISTRICT);
    }

    /** The dotted district code {@code PP.KK.CC} of a NIK's (or KK number's) first six digits. */
    public static String districtCode(String nik) {
        if (nik == null || nik.length() < 6 || !nik.substring(0, 6).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a NIK starts with six digits PPKKCC");
        }
        return nik.substring(0, 2) + "." + nik.substring(2, 4) + "." + nik.substring(4, 6);
    }

    /**
     * Regions whose name is like {@code query}, best first: the same name (prefixes such as Kec. or Kabupaten
     * aside), then names starting with it, then names containing it, then Jaro-Winkler similarity of at least
     * 0.85; ties by level, then code.
     *
     * @param within a region code whose descendants alone are searched; null searches everywhere
     * @param level the one level searched; null searches all
     */
    public List<Region> search(String query, String within, RegionLevel level, int limit) {
        String key = RegionNames.anyLevel(query);
        if (key == null || limit < 1) {
            return List.of();
        }
        String prefix = within == null ? "" : within + ".";
        List<Map.Entry<Region, Double>> hits = new ArrayList<>();
        for (Region region : byCode.values()) {
            if (!region.code().startsWith(prefix) || (level != null && region.level() != level)) {
                continue;
            }
            double score = searchScore(key, keys.get(region.code()));
            if (score >= SEARCH_THRESHOLD) {
                hits.add(Map.entry(region, score));
            }
        }
        return hits.stream()
                .sorted(Comparator.<Map.Entry<Region, Double>>comparingDouble(Map.Entry::getValue).reversed()
                        .thenComparing(e -> e.getKey().level())
                        .thenComparing(e -> e.getKey().code()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double searchScore(String query, String name) {
        if (name.equals(query)) {
            return 1.0;
        }
        if (name.startsWith(query)) {
            return 0.99;
        }
        if (name.contains(query)) {
            return 0.98;
        }
        return similarity(query, name);
    }

    /** Jaro-Winkler similarity of two keys, 1.0 when equal. */
    static double similarity(String a, String b) {
        return a.equals(b) ? 1.0 : JARO_WINKLER.apply(a, b);
    }

    /** The key a region's name is compared by (see {@link RegionNames}). */
    String key(Region region) {
        return keys.get(region.code());
    }

    /** The regions of one level whose name has this key, by code. */
    List<Region> named(RegionLevel level, String key) {
        return byKey.getOrDefault(level, Map.of()).getOrDefault(key, List.of());
    }

    /** Kabupaten or kota, for a regency. */
    RegionNames.RegencyKind regencyKind(Region regency) {
        return regencyKinds.get(regency.code());
    }
}
