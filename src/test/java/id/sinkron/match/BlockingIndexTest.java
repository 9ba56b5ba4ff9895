package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockingIndexTest {

    private static final List<BlockingRule> RULES = List.of(
            new BlockingRule("nik", List.of("nik")),
            new BlockingRule("birth-date-name", List.of("birth_date", "name")));

    private static MatchRecord record(String id, String source, String nik, String birthDate, String name) {
        Map<String, String> values = new java.util.HashMap<>();
        if (nik != null) {
            values.put("nik", nik);
        }
        values.put("birth_date", birthDate);
        values.put("name", name);
        return new MatchRecord(id, source, values);
    }

    @Test
    void findsCandidatesOfASingleRecordThroughAnyRule() {
        BlockingIndex index = new BlockingIndex(RULES, 100, PairMode.DEDUPE);
        MatchRecord sameNik = record("1", "a", "111", "19870905", "SRI");
        MatchRecord sameBirthAndName = record("2", "a", null, "19870905", "BUDI");
        MatchRecord unrelated = record("3", "a", "333", "19600101", "BUDI");
        List.of(sameNik, sameBirthAndName, unrelated).forEach(index::add);

        List<MatchRecord> found = index.candidates(record("new", "a", "111", "19870905", "BUDI"));

        assertThat(found).containsExactlyInAnyOrder(sameNik, sameBirthAndName);
    }

    @Test
    void aRecordAddedLaterIsACandidateForTheNextOne() {
        BlockingIndex index = new BlockingIndex(RULES, 100, PairMode.DEDUPE);
        MatchRecord first = record("1", "a", "111", "19870905", "SRI");
        assertThat(index.candidates(first)).isEmpty();
        index.add(first);

        assertThat(index.candidates(record("2", "a", "111", "19600101", "X"))).containsExactly(first);
    }

    @Test
    void aRecordMissingAKeyFieldIsNotBlockedByThatRule() {
        BlockingIndex index = new BlockingIndex(RULES, 100, PairMode.DEDUPE);
        index.add(record("1", "a", null, "19870905", "SRI"));

        assertThat(index.candidates(record("2", "a", null, "19600101", "SRI"))).isEmpty();
    }

    @Test
    void producesAPairSharingSeveralKeysOnlyOnce() {
        BlockingIndex index = new BlockingIndex(RULES, 100, PairMode.DEDUPE);
        index.add(record("1", "a", "111", "19870905", "SRI"));
        index.add(record("2", "a", "111", "19870905", "SRI"));
        index.add(record("3", "a", "999", "19870905", "SRI"));
        List<String> pairs = new ArrayList<>();

        long count = index.forEachPair((x, y) -> pairs.add(x.id() + "-" + y.id()));

        assertThat(pairs).containsExactlyInAnyOrder("1-2", "1-3", "2-3");
        assertThat(count).isEqualTo(3);
    }

    @Test
    void skipsAndReportsBlocksOverTheCapButKeepsPairsOtherRulesFind() {
        BlockingIndex index = new BlockingIndex(RULES, 2, PairMode.DEDUPE);
        index.add(record("1", "a", "111", "19000101", "A"));
        index.add(record("2", "a", "222", "19000101", "A"));
        index.add(record("3", "a", "111", "19000101", "A"));
        List<String> pairs = new ArrayList<>();

        index.forEachPair((x, y) -> pairs.add(x.id() + "-" + y.id()));

        assertThat(pairs).containsExactly("1-3");
        assertThat(index.skippedBlocks()).singleElement()
                .satisfies(s -> assertThat(s.rule()).isEqualTo("birth-date-name"))
                .satisfies(s -> assertThat(s.size()).isEqualTo(3));
    }

    @Test
    void aRuleWithACapOfItsOwnSkipsItsLargerBlocksWhileTheOthersKeepTheModelsCap() {
        List<BlockingRule> rules = List.of(
                new BlockingRule("nik", List.of("nik")),
                new BlockingRule("birth-date-name", List.of("birth_date", "name"), 2));
        BlockingIndex index = new BlockingIndex(rules, 100, PairMode.DEDUPE);
        List.of("1", "2", "3").forEach(id -> index.add(record(id, "a", "111", "19000101", "A")));
        index.add(record("4", "a", "444", "19000101", "B"));
        index.add(record("5", "a", "555", "19000101", "B"));

        assertThat(index.candidates(record("new", "a", "999", "19000101", "A"))).isEmpty();
        assertThat(index.candidates(record("new", "a", "999", "19000101", "B"))).extracting(MatchRecord::id)
                .containsExactlyInAnyOrder("4", "5");
        assertThat(index.candidates(record("new", "a", "111", "19600101", "X"))).extracting(MatchRecord::id)
                .containsExactlyInAnyOrder("1", "2", "3");
        assertThat(index.skippedBlocks()).singleElement().satisfies(s -> assertThat(s.rule()).isEqualTo("birth-date-name"));
    }

    @Test
    void linkageComparesOnlyRecordsOfDifferentSources() {
        BlockingIndex index = new BlockingIndex(RULES, 100, PairMode.LINK);
        index.add(record("a1", "left", "111", "19870905", "SRI"));
        index.add(record("a2", "left", "111", "19870905", "SRI"));
        index.add(record("b1", "right", "111", "19870905", "SRI"));
        List<String> pairs = new ArrayList<>();

        index.forEachPair((x, y) -> pairs.add(x.id() + "-" + y.id()));

        assertThat(pairs).containsExactlyInAnyOrder("a1-b1", "a2-b1");
    }
}
