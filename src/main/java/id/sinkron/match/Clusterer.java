package id.sinkron.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups linked records into persons: connected components of the {@link Decision#LINK} pairs, strongest
 * links first, without assuming one record per source. Because links chain (A–B and B–C make A–C), a merge is
 * refused when any record of one group and any record of the other meet a hard negative: twins linked to
 * their mother's record through a shared household must not end up as one person.
 */
public final class Clusterer {

    // checking every cross pair of two groups is quadratic; beyond this the groups are themselves suspect
    private static final int MAX_CHECKED_PAIRS = 10_000;

    private final Scorer scorer;

    public Clusterer(Scorer scorer) {
        this.scorer = scorer;
    }

    /** @return each record's cluster, by record id; records in no link are their own cluster */
    public Clusters cluster(List<MatchRecord> records, List<Link> links) {
        Map<String, List<MatchRecord>> groups = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (MatchRecord record : records) {
            groups.put(record.id(), new ArrayList<>(List.of(record)));
            groupOf.put(record.id(), record.id());
        }
        int refused = 0;
        List<Link> strongestFirst = links.stream().filter(l -> l.decision() == Decision.LINK)
                .sorted(Comparator.comparingDouble((Link l) -> l.score().weight()).reversed()).toList();
        for (Link link : strongestFirst) {
            String p = groupOf.get(link.a().id());
            String q = groupOf.get(link.b().id());
            if (p.equals(q)) {
                continue;
            }
            List<MatchRecord> left = groups.get(p);
            List<MatchRecord> right = groups.get(q);
            if (contradicts(left, right)) {
                refused++;
                continue;
            }
            List<MatchRecord> small = left.size() < right.size() ? left : right;
            String into = small == left ? q : p;
            groups.get(into).addAll(small);
            small.forEach(r -> groupOf.put(r.id(), into));
            groups.remove(into.equals(p) ? q : p);
        }
        return new Clusters(groupOf, refused);
    }

    private boolean contradicts(List<MatchRecord> left, List<MatchRecord> right) {
        if ((long) left.size() * right.size() > MAX_CHECKED_PAIRS) {
            return true;
        }
        if (left.size() == 1 && right.size() == 1) {
            return false; // the link itself was scored, hard negatives included
        }
        for (MatchRecord a : left) {
            for (MatchRecord b : right) {
                if (scorer.apart(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The clusters found.
     *
     * @param clusterOf record id → id of its cluster
     * @param refusedMerges links not followed because the groups contradicted each other
     */
    public record Clusters(Map<String, String> clusterOf, int refusedMerges) {

        public Clusters {
            clusterOf = Map.copyOf(clusterOf);
        }

        public boolean together(String a, String b) {
            return clusterOf.get(a).equals(clusterOf.get(b));
        }
    }
}
