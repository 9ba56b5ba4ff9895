package id.sinkron.bench;

import id.sinkron.match.Clusterer;
import id.sinkron.match.Decision;
import id.sinkron.match.Scorer;
import id.sinkron.match.Score;
import id.sinkron.match.Link;
import id.sinkron.match.MatchRecord;
import id.sinkron.testdata.AgencyExtracts;
import id.sinkron.testdata.AgencyExtracts.Corruption;
import id.sinkron.testdata.AgencyExtracts.Truth;
import id.sinkron.testdata.Population;
import id.sinkron.testdata.Population.Resident;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Breaks the errors of a matching run on a generated population down by kind, from the ground truth the matcher
 * never saw: wrongly merged pairs by how the two different persons relate (twins, father and son of one name,
 * common names in one village, a NIK borrowed from the household head …), missed pairs by what was done to the
 * records.
 */
final class PopulationErrors {

    private static final int EXAMPLES = Integer.getInteger("bench.examples", 0);
    private static final int MISSED = Integer.getInteger("bench.missed", 0);

    private final Population population;
    private final Map<String, Truth> truth;
    private final List<MatchRecord> records;

    PopulationErrors(Population population, AgencyExtracts extracts, List<MatchRecord> records) {
        this.population = population;
        this.truth = extracts.truth();
        this.records = records;
    }

    Function<MatchRecord, String> person() {
        return r -> String.valueOf(truth.get(r.id()).person());
    }

    void print(List<Link> links, Clusterer.Clusters clusters) {
        print(links, clusters, null);
    }

    void print(List<Link> links, Clusterer.Clusters clusters, Scorer scorer) {
        Map<String, long[]> wrong = new TreeMap<>(); // relation → {pairs in the data, linked, clustered}
        forEachRelatedPair((a, b, relation) -> {
            long[] counts = wrong.computeIfAbsent(relation, k -> new long[3]);
            counts[0]++;
            counts[2] += clusters.together(a.id(), b.id()) ? 1 : 0;
        });
        Map<String, Integer> shown = new HashMap<>();
        for (Link link : links) {
            if (link.decision() == Decision.LINK && !same(link.a(), link.b())) {
                String relation = relation(link.a(), link.b());
                wrong.computeIfAbsent(relation, k -> new long[3])[1]++;
                if (shown.merge(relation, 1, Integer::sum) <= EXAMPLES) {
                    System.out.printf(Locale.ROOT, "  wrong link (%s), weight %.1f:%n    %s%n    %s%n", relation,
                            link.score().weight(), link.a().values(), link.b().values());
                }
            }
        }
        System.out.println("different persons merged, by relation (pairs of records in the data / wrongly linked / wrongly in one cluster):");
        wrong.forEach((relation, c) -> System.out.printf(Locale.ROOT, "  %-34s %,9d %,8d %,8d%n", relation, c[0], c[1], c[2]));

        Map<String, long[]> missed = new TreeMap<>(); // corruption → {true pairs with it, not clustered together}
        Map<String, List<MatchRecord>> byPerson = new HashMap<>();
        Map<String, Integer> missedShown = new HashMap<>();
        records.forEach(r -> byPerson.computeIfAbsent(person().apply(r), k -> new ArrayList<>()).add(r));
        for (List<MatchRecord> group : byPerson.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Set<Corruption> kinds = EnumSet.noneOf(Corruption.class);
                    kinds.addAll(truth.get(group.get(i).id()).corruptions());
                    kinds.addAll(truth.get(group.get(j).id()).corruptions());
                    boolean miss = !clusters.together(group.get(i).id(), group.get(j).id());
                    if (miss && scorer != null && MISSED > 0) {
                        String kind = kinds.stream().map(Enum::name).sorted().toList().toString();
                        if (missedShown.merge(kind, 1, Integer::sum) <= MISSED) {
                            Score score = scorer.score(group.get(i), group.get(j));
                            System.out.printf(Locale.ROOT, "  missed %s, weight %.1f %s%n    %s%n    %s%n", kind, score.weight(),
                                    score.results().stream().map(r -> r.comparison() + "=" + r.level()).toList(),
                                    group.get(i).values(), group.get(j).values());
                        }
                    }
                    List<String> labels = kinds.isEmpty() ? List.of("(no corruption)") : kinds.stream().map(Enum::name).toList();
                    for (String label : labels) {
                        long[] c = missed.computeIfAbsent(label, k -> new long[2]);
                        c[0]++;
                        c[1] += miss ? 1 : 0;
                    }
                }
            }
        }
        System.out.println("true pairs missed (not in one cluster), by corruption of either record (true pairs with it / missed / share):");
        missed.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-34s %,9d %,8d  %.3f%n", kind, c[0], c[1], c[1] / (double) c[0]));
    }

    private boolean same(MatchRecord a, MatchRecord b) {
        return truth.get(a.id()).person() == truth.get(b.id()).person();
    }

    private Resident resident(MatchRecord r) {
        return population.residents().get(truth.get(r.id()).person());
    }

    /** How two records of different persons relate. */
    String relation(MatchRecord x, MatchRecord y) {
        Resident a = resident(x);
        Resident b = resident(y);
        if (truth.get(x.id()).corruptions().contains(Corruption.NIK_BORROWED)
                || truth.get(y.id()).corruptions().contains(Corruption.NIK_BORROWED)) {
            return "NIK borrowed from household head";
        }
        if (a.twinOf() == b.id() || b.twinOf() == a.id()) {
            return "twins";
        }
        if (a.household() == b.household()) {
            return a.namedAfterFather() || b.namedAfterFather() ? "father and son, same name" : "same household, other";
        }
        if (a.fullName().equals(b.fullName())) {
            return a.villageCode().equals(b.villageCode()) ? "same name, same village" : "same name, other village";
        }
        return "other";
    }

    interface PairConsumer {
        void accept(MatchRecord a, MatchRecord b, String relation);
    }

    /** Every pair of records of different persons in one household or with one name in one village. */
    private void forEachRelatedPair(PairConsumer consumer) {
        Map<String, List<MatchRecord>> byHousehold = new HashMap<>();
        Map<String, List<MatchRecord>> byNameVillage = new HashMap<>();
        for (MatchRecord r : records) {
            Resident p = resident(r);
            byHousehold.computeIfAbsent(String.valueOf(p.household()), k -> new ArrayList<>()).add(r);
            byNameVillage.computeIfAbsent(p.fullName() + "|" + p.villageCode(), k -> new ArrayList<>()).add(r);
        }
        byHousehold.values().forEach(group -> pairs(group, consumer, true));
        byNameVillage.values().forEach(group -> pairs(group, consumer, false));
    }

    private void pairs(List<MatchRecord> group, PairConsumer consumer, boolean household) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                MatchRecord a = group.get(i);
                MatchRecord b = group.get(j);
                if (same(a, b) || !household && resident(a).household() == resident(b).household()) {
                    continue;
                }
                consumer.accept(a, b, relation(a, b));
            }
        }
    }
}
