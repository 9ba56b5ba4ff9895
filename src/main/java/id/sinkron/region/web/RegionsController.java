package id.sinkron.region.web;

import id.sinkron.region.Region;
import id.sinkron.region.RegionLevel;
import id.sinkron.region.Regions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kemendagri regions by code, their children, and a search by name; answered from memory. */
@RestController
@Validated
class RegionsController {

    /** A region with the number of regions one level below it. */
    record RegionView(String code, String name, RegionLevel level, String parent, int childrenCount) {}

    private final Regions regions;

    RegionsController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/api/v1/regions/{code}")
    RegionView get(@PathVariable String code) {
        return view(regions.find(code).orElseThrow(() -> new UnknownRegion(code)));
    }

    /**
     * With {@code q}: regions named like it, best first, within {@code parent} when given. Without: the children of
     * {@code parent}, or the provinces.
     */
    @GetMapping("/api/v1/regions")
    List<RegionView> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) RegionLevel level,
            @RequestParam(defaultValue = "20") @Min(1) @Max(1000) int limit) {
        if (parent != null && regions.find(parent).isEmpty()) {
            throw new UnknownRegion(parent);
        }
        List<Region> found = q != null && !q.isBlank()
                ? regions.search(q, parent, level, limit)
                : (parent == null ? regions.all(RegionLevel.PROVINCE) : regions.children(parent)).stream()
                        .filter(r -> level == null || r.level() == level)
                        .limit(limit)
                        .toList();
        return found.stream().map(this::view).toList();
    }

    private RegionView view(Region region) {
        return new RegionView(region.code(), region.name(), region.level(), region.parent(), regions.children(region.code()).size());
    }
}
