package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PreparedRecordsTest {

    private static final UUID PERSON = UUID.fromString("0190a6d2-0000-7000-8000-000000000001");

    private final AtomicInteger cleanings = new AtomicInteger();
    private final Function<Map<String, String>, MatchRecord> clean = values -> {
        cleanings.incrementAndGet();
        return new MatchRecord("x", "golden", values);
    };

    @Test
    void anIncomingRecordAskedAgainIsNotCleanedAgain() {
        PreparedRecords prepared = new PreparedRecords(10);

        MatchRecord first = prepared.incoming(Map.of("full_name", "SITI"), clean);
        MatchRecord second = prepared.incoming(Map.of("full_name", "SITI"), clean);

        assertThat(second).isSameAs(first);
        assertThat(cleanings).hasValue(1);
    }

    @Test
    void theSameIncomingInstanceAskedAgainIsNeitherTurnedIntoTextNorCleanedNorKeyedAgain() {
        PreparedRecords prepared = new PreparedRecords(10);
        Map<String, Object> record = new java.util.HashMap<>(Map.of("full_name", "SITI"));
        AtomicInteger texts = new AtomicInteger();
        AtomicInteger keyings = new AtomicInteger();
        java.util.function.Supplier<Map<String, String>> text = () -> {
            texts.incrementAndGet();
            return Map.of("full_name", "SITI");
        };
        Function<MatchRecord, java.util.List<BlockKey>> keys = r -> {
            keyings.incrementAndGet();
            return java.util.List.of(new BlockKey("name", r.value("full_name")));
        };

        PreparedRecords.Incoming first = prepared.incoming(record, text, clean, keys);
        PreparedRecords.Incoming again = prepared.incoming(record, text, clean, keys);
        PreparedRecords.Incoming equal = prepared.incoming(new java.util.HashMap<>(record), text, clean, keys);

        assertThat(again).isSameAs(first);
        assertThat(first.keys()).containsExactly(new BlockKey("name", "SITI"));
        assertThat(texts).as("an equal map of another instance is read as text again").hasValue(2);
        assertThat(equal.record()).as("and found by its values, not cleaned again").isSameAs(first.record());
        assertThat(cleanings).hasValue(1);
        assertThat(keyings).hasValue(2);
    }

    @Test
    void aGoldenPersonWhoseValuesChangedIsCleanedAgain() {
        PreparedRecords prepared = new PreparedRecords(10);
        prepared.golden(PERSON, Map.of("full_name", "SITI"), clean);

        MatchRecord changed = prepared.golden(PERSON, Map.of("full_name", "SITI AMINAH"), clean);

        assertThat(changed.value("full_name")).isEqualTo("SITI AMINAH");
        assertThat(cleanings).hasValue(2);
    }

    @Test
    void theSameGoldenRecordAskedAgainIsNeitherTurnedIntoTextNorCleanedAgain() {
        PreparedRecords prepared = new PreparedRecords(10);
        Map<String, Object> stored = Map.of("full_name", "SITI");
        AtomicInteger texts = new AtomicInteger();
        java.util.function.Supplier<Map<String, String>> text = () -> {
            texts.incrementAndGet();
            return Map.of("full_name", "SITI");
        };

        MatchRecord first = prepared.golden(PERSON, stored, text, clean);
        MatchRecord second = prepared.golden(PERSON, stored, text, clean);

        assertThat(second).isSameAs(first);
        assertThat(texts).hasValue(1);
        assertThat(cleanings).hasValue(1);
    }

    @Test
    void theSameGoldenValuesReadAgainAreComparedButNotCleanedAgain() {
        PreparedRecords prepared = new PreparedRecords(10);
        prepared.golden(PERSON, new java.util.HashMap<>(Map.of("full_name", "SITI")), () -> Map.of("full_name", "SITI"), clean);

        MatchRecord again = prepared.golden(PERSON, new java.util.HashMap<>(Map.of("full_name", "SITI")), () -> Map.of("full_name", "SITI"), clean);

        assertThat(again.value("full_name")).isEqualTo("SITI");
        assertThat(cleanings).hasValue(1);
    }

    @Test
    void aFullCacheStartsOverInsteadOfGrowing() {
        PreparedRecords prepared = new PreparedRecords(2);
        prepared.incoming(Map.of("full_name", "A"), clean);
        prepared.incoming(Map.of("full_name", "B"), clean);
        prepared.incoming(Map.of("full_name", "C"), clean);

        prepared.incoming(Map.of("full_name", "A"), clean);

        assertThat(cleanings).hasValue(4);
    }
}
