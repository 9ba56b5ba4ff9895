package id.sinkron.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves a written address to its village code, or to nothing when the names do not single one out.
 *
 * <p>The regency narrows the districts, the district narrows the villages, and the village name picks one. At
 * each level names that are equal (as {@link RegionNames} cleans them) win; only when no name is equal do
 * similar ones count, by Jaro-Winkler similarity of at least {@code threshold}. A village's score is the product
 * of the similarities on its way down. The best village is the answer when
 * <ul>
 *   <li>its names are all equal to the given ones and no other village's are, or</li>
 *   <li>its score is at least {@code threshold} and beats the next one by at least {@code margin}.</li>
 * </ul>
 * A village name alone is never enough: 71 villages are called Sidorejo. Deterministic: ties are broken by
 * code, and no answer depends on order of calls.
 */
public final class VillageResolver {

    private record Scored(Region region, double score) {}

    private static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.region().code());

    private final Regions regions;
    private final double threshold;
    private final double margin;

    /**
     * @param threshold the least similarity a name (and the product down the levels) must reach, in (0, 1]
     * @param margin how much better than the runner-up a similar (not equal) match must be, in [0, 1)
     */
    public VillageResolver(Regions regions, double threshold, double margin) {
        if (threshold <= 0 || threshold > 1 || margin < 0 || margin >= 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1] and margin in [0, 1)");
        }
        this.regions = regions;
        this.threshold = threshold;
        this.margin = margin;
    }

    public Optional<VillageMatch> resolve(AddressNames address) {
        Optional<Region> byCode = regions.find(address.villageCode()).filter(r -> r.level() == RegionLevel.VILLAGE);
        if (byCode.isPresent()) {
            return Optional.of(new VillageMatch(byCode.get(), 1.0, VillageMatch.Basis.CODE));
        }
        String village = RegionNames.village(address.villageName());
        if (village == null) {
            return Optional.empty();
        }
        List<Scored> scope = scope(address);
        List<Scored> candidates = new ArrayList<>();
        for (Scored parent : scope) {
            for (Region region : villagesUnder(parent.region())) {
                candidates.add(new Scored(region, parent.score() * Regions.similarity(village, regions.key(region))));
            }
        }
        candidates.removeIf(s -> s.score() < threshold);
        candidates.sort(BEST_FIRST);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Scored best = candidates.get(0);
        if (best.score() == 1.0) {
            boolean alone = candidates.size() == 1 || candidates.get(1).score() < 1.0;
            return alone ? Optional.of(new VillageMatch(best.region(), 1.0, VillageMatch.Basis.EXACT_NAMES)) : Optional.empty();
        }
        boolean clear = candidates.size() == 1 || best.score() - candidates.get(1).score() >= margin;
        return clear ? Optional.of(new VillageMatch(best.region(), best.score(), VillageMatch.Basis.SIMILAR_NAMES)) : Optional.empty();
    }

    /** The districts or regencies the village must lie in, with their scores; empty when nothing narrows it. */
    private List<Scored> scope(AddressNames address) {
        List<Scored> regencies = null;
        RegionNames.RegencyName regency = RegionNames.regency(address.regencyName());
        if (regency != null) {
            regencies = everywhere(RegionLevel.REGENCY, regency.key(), r -> regency.kind() == null || regions.regencyKind(r) == regency.kind());
            if (regencies.isEmpty()) {
                return List.of();
            }
        }
        String district = RegionNames.district(address.districtName());
        if (district != null) {
            return regencies == null
                    ? everywhere(RegionLevel.DISTRICT, district, r -> true)
                    : match(regencies.stream().flatMap(r -> regions.children(r.region().code()).stream().map(d -> new Scored(d, r.score()))).toList(),
                            district);
        }
        if (regencies != null) {
            return regencies;
        }
        String code = address.villageCode();
        if (code != null && code.length() == 13) {
            return regions.find(code.substring(0, 8)).filter(r -> r.level() == RegionLevel.DISTRICT)
                    .map(d -> List.of(new Scored(d, 1.0)))
                    .orElse(List.of());
        }
        return List.of();
    }

    /**
     * The regions of a level anywhere in the country named {@code key}: by the name index when one is equal
     * (the usual case, and cheap), else by comparing with every one (7,285 districts: a few hundred µs).
     */
    private List<Scored> everywhere(RegionLevel level, String key, Predicate<Region> filter) {
        List<Scored> equal = regions.named(level, key).stream().filter(filter).map(r -> new Scored(r, 1.0)).toList();
        if (!equal.isEmpty()) {
            return equal;
        }
        return match(regions.all(level).stream().filter(filter).map(r -> new Scored(r, 1.0)).toList(), key);
    }

    /** The candidates whose name equals {@code key}; when none does, those similar enough. */
    private List<Scored> match(Collection<Scored> candidates, String key) {
        List<Scored> equal = candidates.stream().filter(c -> key.equals(regions.key(c.region()))).toList();
        if (!equal.isEmpty()) {
            return equal;
        }
        return candidates.stream()
                .map(c -> new Scored(c.region(), c.score() * Regions.similarity(key, regions.key(c.region()))))
                .filter(c -> c.score() >= threshold)
                .toList();
    }

    private List<Region> villagesUnder(Region region) {
        if (region.level() == RegionLevel.DISTRICT) {
            return regions.children(region.code());
        }
        return regions.children(region.code()).stream().flatMap(d -> regions.children(d.code()).stream()).toList();
    }
}
