package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecordPreparerTest {

    @Test
    void fieldsCleanedFromOneColumnByTheSameFirstCleanersReadTheValueOnce() {
        AtomicInteger reads = new AtomicInteger();
        Cleaners cleaners = Cleaners.builtIn().with("expensive", Cleaner.of(s -> {
            reads.incrementAndGet();
            return s.strip().toUpperCase(java.util.Locale.ROOT);
        }));
        Map<String, MatchingConfig.FieldSpec> fields = new LinkedHashMap<>();
        fields.put("full_name", new MatchingConfig.FieldSpec(null, List.of("expensive")));
        fields.put("first_name", new MatchingConfig.FieldSpec("full_name", List.of("expensive", "first-token")));
        fields.put("name_phonetic", new MatchingConfig.FieldSpec("full_name", List.of("expensive", "double-metaphone-tokens")));
        fields.put("mother_name", new MatchingConfig.FieldSpec(null, List.of("expensive")));
        fields.put("nickname", new MatchingConfig.FieldSpec(null, List.of("expensive", "letters")));

        MatchRecord record = new RecordPreparer(fields, cleaners).prepare("1", "test",
                Map.of("full_name", " sri wahyuni ", "mother_name", "siti aminah", "nickname", "..."));

        assertThat(record.values()).containsExactlyInAnyOrderEntriesOf(Map.of("full_name", "SRI WAHYUNI", "first_name", "SRI",
                "name_phonetic", "SR AHN", "mother_name", "SITI AMINAH"));
        assertThat(reads).as("the full name once, the mother's name once, the nickname once").hasValue(3);
    }

    @Test
    void theSharedStepsGiveEveryFieldOfThePersonModelWhatItsOwnChainGives() {
        MatchingConfig config = MatchingConfigs.read(Path.of("config/matching.yml"));
        Cleaners cleaners = PersonCleaners.cleaners();
        Map<String, Object> row = new HashMap<>();
        row.put("full_name", "H. MOCH. SOEDJONO BIN ABDURRACHMAN, S.PD.");
        row.put("mother_name", "Hj. St. Djoemilah");
        row.put("birth_date", "1962-04-01");
        row.put("village_code", "33.16.09.1006");
        row.put("kk_number", "3316091203150007");
        row.put("nik", "3316090104620001");
        row.put("birth_place", "  ");

        MatchRecord prepared = new RecordPreparer(config.fields(), cleaners).prepare("1", "test", row);

        config.fields().forEach((field, spec) -> {
            Object raw = row.get(spec.from() == null ? field : spec.from());
            String own = cleaners.chain(spec.cleaners()).clean(raw == null ? null : raw.toString());
            assertThat(prepared.value(field)).as(field).isEqualTo(own);
        });
        assertThat(prepared.value("full_name")).isNotNull();
        assertThat(prepared.value("birth_place")).as("blank is missing").isNull();
    }
}
