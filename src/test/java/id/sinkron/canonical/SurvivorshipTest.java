package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.canonical.SurvivorshipPolicy.FieldPolicy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SurvivorshipTest {

    private static final OffsetDateTime OLDER = OffsetDateTime.parse("2026-01-01T00:00:00+07:00");
    private static final OffsetDateTime NEWER = OffsetDateTime.parse("2026-06-01T00:00:00+07:00");

    /** dukcapil 100, dinsos 50, dinkes 40 in every field. */
    private static final SourceTrust TRUST = source -> switch (source) {
        case "dukcapil" -> 100;
        case "dinsos" -> 50;
        case "dinkes" -> 40;
        default -> SourceTrust.DEFAULT;
    };

    private final Survivorship survivorship = new Survivorship(TRUST);

    @Test
    void theMostRecentValueWinsAndMissingValuesAreFilledFromOlderRecords() {
        Contribution old = new Contribution("dinkes", "D1", 1, OLDER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. LAMA", "phone", "+6281234567890"));
        Contribution recent = new Contribution("dinkes", "D2", 2, NEWER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. BARU"));

        Survivorship.Golden golden = survivorship.choose(List.of(old, recent));

        assertThat(golden.record()).containsEntry("address", "JL. BARU").containsEntry("phone", "+6281234567890");
        assertThat(golden.provenance().get("address").sourceRecordId()).isEqualTo("D2");
        assertThat(golden.provenance().get("phone").sourceRecordId()).isEqualTo("D1");
    }

    @Test
    void theMoreTrustedSourceWinsOverANewerValue() {
        Contribution registry = new Contribution("dukcapil", "D1", 1, OLDER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. BARU"));
        Contribution stale = new Contribution("dinsos", "S1", 2, NEWER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. LAMA", "phone", "+6281234567890"));

        Survivorship.Golden golden = survivorship.choose(List.of(registry, stale));

        assertThat(golden.record()).containsEntry("address", "JL. BARU").containsEntry("phone", "+6281234567890");
        assertThat(golden.provenance().get("address").source()).isEqualTo("dukcapil");
    }

    /**
     * Three records of one person, each rule on the address. Trust: dukcapil 100, dinsos 50, dinkes 40.
     * Ties fall to trust, then recency, then the lower source id and record id.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule        | case                                                     | dukcapil (older)     | dinsos (newer)        | dinkes (newest)        | winner
            trust         | the most trusted source, however old                     | JL. BARU 1           | JL. LAMA 22           | JL. LAMA 22            | dukcapil
            trust         | a source without the value is passed over                |                      | JL. LAMA 22           | JL. LAIN 3             | dinsos
            most-recent   | the newest value, whoever sent it                        | JL. BARU 1           | JL. LAMA 22           | JL. LAIN 3             | dinkes
            most-recent   | a missing newest value leaves the next newest            | JL. BARU 1           | JL. LAMA 22           |                        | dinsos
            most-complete | the most letters and digits                              | JL. MERPATI          | JL. MERPATI NO. 4     | JL. MERPATI 4          | dinsos
            most-complete | punctuation counts for nothing: a tie goes to trust      | JL MERPATI 4         | JL. MERPATI 4.        | JL. MERPATI, 4         | dukcapil
            most-complete | the full word beats its initial                          | M. RIZKI             | MUHAMMAD RIZKI        | M RIZKI                | dinsos
            most-frequent | the value most records agree on                          | JL. BARU 1           | JL. LAMA 22           | JL LAMA 22             | dinsos
            most-frequent | a tie of counts goes to the group with the most trusted  | JL. BARU 1           | JL. LAMA 22           | JL. LAIN 3             | dukcapil
            most-frequent | agreement ignores case and punctuation                   | JL. BARU 1           | jl lama, 22           | JL. LAMA 22            | dinsos
            """)
    void eachRuleChoosesItsValueAndTiesFallToTrustThenRecency(String rule, String description, String dukcapil, String dinsos,
            String dinkes, String winner) {
        Survivorship byRule = new Survivorship(TRUST, policy("address", rule));
        List<Contribution> records = new ArrayList<>();
        records.add(contribution("dukcapil", "D1", OLDER, "address", dukcapil));
        records.add(contribution("dinsos", "S1", NEWER, "address", dinsos));
        records.add(contribution("dinkes", "K1", NEWER.plusDays(1), "address", dinkes));

        Survivorship.Golden golden = byRule.choose(records);

        Provenance chosen = golden.provenance().get("address");
        assertThat(chosen.source()).as(description).isEqualTo(winner);
        assertThat(golden.record().get("address")).isEqualTo(records.stream().filter(c -> c.source().equals(winner)).findFirst()
                .orElseThrow().values().get("address"));
        assertThat(chosen.rule().wireName()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule        | case                                                          | winner
            trust         | equal trust: the most recent                                  | b
            most-recent   | equally recent: the most trusted                              | a
            most-complete | equally complete and trusted: the most recent                 | b
            most-frequent | one record each, equally trusted: the most recent             | b
            """)
    void tiesOfTheRuleFallToTrustThenRecency(String rule, String description, String winner) {
        SourceTrust trust = source -> source.equals("a") ? 60 : 50;
        List<Contribution> records = switch (rule) {
            case "most-recent" -> List.of(contribution("a", "1", NEWER, "address", "JL. SATU 1"),
                    contribution("b", "1", NEWER, "address", "JL. DUA 2"));
            default -> List.of(contribution("b", "1", NEWER, "address", "JL. DUA 2"),
                    contribution("c", "1", OLDER, "address", "JL. TGA 3"));
        };
        SourceTrust equal = rule.equals("most-recent") ? trust : source -> 50;

        Survivorship.Golden golden = new Survivorship(equal, policy("address", rule)).choose(records);

        assertThat(golden.provenance().get("address").source()).as(description).isEqualTo(winner);
    }

    @ParameterizedTest
    @EnumSource(SurvivorshipRule.class)
    void everyRuleGivesTheSameGoldenRecordWhateverTheOrderOfItsRecords(SurvivorshipRule rule) {
        // equal trust, equal times, equal completeness, each value once: only the source and record ids decide
        List<Contribution> records = new ArrayList<>(List.of(
                contribution("b", "2", NEWER, "address", "JL. SATU 1"),
                contribution("a", "2", NEWER, "address", "JL. DUAA 1"),
                contribution("a", "1", NEWER, "address", "JL. TIGA 1"),
                contribution("c", "1", NEWER, "address", "JL. EMPT 1")));
        Survivorship byRule = new Survivorship(source -> 50, policy("address", rule.wireName()));
        Survivorship.Golden first = byRule.choose(records);
        Random random = new Random(7);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(records, random);
            assertThat(byRule.choose(records)).isEqualTo(first);
        }
        assertThat(first.provenance().get("address").sourceRecordId()).isEqualTo("1");
        assertThat(first.provenance().get("address").source()).isEqualTo("a");
    }

    @Test
    void aRankingOverridesTheTrustNumbersAndUnrankedSourcesFollowInTrustOrder() {
        SurvivorshipPolicy ranked = new SurvivorshipPolicy(FieldPolicy.TRUST,
                Map.of(PersonField.MOTHER_NAME, new FieldPolicy(SurvivorshipRule.TRUST, List.of("rsud"))));
        List<Contribution> records = List.of(
                contribution("dukcapil", "D1", NEWER, "mother_name", "SUMIATI"),
                contribution("dinsos", "S1", NEWER, "mother_name", "SUMIYATI"),
                contribution("rsud", "R1", OLDER, "mother_name", "SOEMIATI"));

        Survivorship.Golden golden = new Survivorship(TRUST, ranked).choose(records);
        Survivorship.Golden withoutRsud = new Survivorship(TRUST, ranked).choose(records.subList(0, 2));

        assertThat(golden.record()).containsEntry("mother_name", "SOEMIATI");
        assertThat(withoutRsud.record()).containsEntry("mother_name", "SUMIATI");
    }

    @Test
    void identityFieldsKeepTrustWhenTheDefaultIsAnotherRule() {
        SurvivorshipPolicy recent = new SurvivorshipPolicy(new FieldPolicy(SurvivorshipRule.MOST_RECENT, List.of()), Map.of());
        Contribution registry = new Contribution("dukcapil", "D1", 1, OLDER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. BARU"));
        Contribution clinic = new Contribution("dinkes", "K1", 2, NEWER, Map.of("full_name", "SRI WAHYU", "address", "JL. LAMA"));

        Survivorship.Golden golden = new Survivorship(TRUST, recent).choose(List.of(registry, clinic));

        assertThat(golden.record()).containsEntry("full_name", "SRI WAHYUNI").containsEntry("address", "JL. LAMA");
        assertThat(golden.provenance().get("full_name").rule()).isEqualTo(SurvivorshipRule.TRUST);
        assertThat(golden.provenance().get("address").rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
    }

    @Test
    void provenanceNamesTheRecordTheRunTheTimeAndTheRuleOfEachValue() {
        Contribution only = new Contribution("dinsos", "S1", 42, NEWER, Map.of("full_name", "SRI WAHYUNI"));

        Provenance provenance = survivorship.choose(List.of(only)).provenance().get("full_name");

        assertThat(provenance).isEqualTo(new Provenance("dinsos", "S1", 42, NEWER, SurvivorshipRule.TRUST));
        assertThat(provenance.asOf()).hasToString("2026-05-31T17:00Z");
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(textBlock = """
            2026-06-01T10:00:00.123456+07:00,    2026-06-01T03:00:00.123456Z
            2026-06-01T03:00:00.123456499Z,      2026-06-01T03:00:00.123456Z
            2026-06-01T03:00:00.1234565Z,        2026-06-01T03:00:00.123457Z
            2026-06-01T03:00:00.999999700Z,      2026-06-01T03:00:01Z
            """)
    void theAsOfTimeIsKeptInUtcToTheMicrosecondAsTheDatabaseRoundsIt(String written, String kept) {
        Provenance provenance = new Provenance("dinsos", "S1", 1, OffsetDateTime.parse(written), SurvivorshipRule.TRUST);

        assertThat(provenance.asOf()).isEqualTo(OffsetDateTime.parse(kept));
    }

    @Test
    void theSameInputsInAnyOrderGiveTheSameGoldenRecord() {
        Contribution a = new Contribution("a", "1", 1, NEWER, Map.of("full_name", "BUDI"));
        Contribution b = new Contribution("b", "1", 1, NEWER, Map.of("full_name", "BUDI SANTOSO"));

        assertThat(survivorship.choose(List.of(a, b))).isEqualTo(survivorship.choose(List.of(b, a)));
        assertThat(survivorship.choose(List.of(a, b)).record()).containsEntry("full_name", "BUDI");
    }

    @Test
    void titlesTravelWithTheNameTheyWereWrittenWith() {
        Contribution titled = new Contribution("a", "1", 1, OLDER, Map.of("full_name", "AHMAD", "name_titles", List.of("H.", "S.PD.")));
        Contribution plain = new Contribution("b", "1", 1, NEWER, Map.of("full_name", "AHMAD FAUZI"));

        Survivorship.Golden golden = survivorship.choose(List.of(titled, plain));

        assertThat(golden.record()).containsEntry("full_name", "AHMAD FAUZI").doesNotContainKey("name_titles");
    }

    @Test
    void aSourceThatOmitsTitlesDoesNotEraseThemFromTheSameName() {
        Contribution titled = new Contribution("a", "1", 1, OLDER, Map.of("full_name", "SRI WAHYUNI", "name_titles", List.of("HJ.")));
        Contribution plain = new Contribution("b", "1", 1, NEWER, Map.of("full_name", "SRI WAHYUNI"));

        Survivorship.Golden golden = survivorship.choose(List.of(titled, plain));

        assertThat(golden.record()).containsEntry("name_titles", List.of("HJ."));
        assertThat(golden.provenance().get("name_titles").source()).isEqualTo("a");
    }

    @Test
    void titlesTravelWithANameChosenByAnotherRule() {
        SurvivorshipPolicy complete = policy("full_name", "most-complete");
        Contribution registry = new Contribution("dukcapil", "D1", 1, NEWER, Map.of("full_name", "M. RIZKI", "name_titles", List.of("DR.")));
        Contribution school = new Contribution("dinsos", "S1", 2, OLDER,
                Map.of("full_name", "MUHAMMAD RIZKI", "name_titles", List.of("H.", "S.PD.")));

        Survivorship.Golden golden = new Survivorship(TRUST, complete).choose(List.of(registry, school));

        assertThat(golden.record()).containsEntry("full_name", "MUHAMMAD RIZKI").containsEntry("name_titles", List.of("H.", "S.PD."));
        assertThat(golden.provenance().get("name_titles").source()).isEqualTo("dinsos");
        assertThat(golden.provenance().get("name_titles").rule()).isEqualTo(SurvivorshipRule.MOST_COMPLETE);
    }

    @Test
    void aSourceTrustedLessOverallWinsAFieldItIsTrustedMoreIn() {
        // the registry is trusted 100 but only 30 in phone numbers; the clinic is trusted 40 in everything
        SourceTrust perField = new SourceTrust() {
            @Override
            public int of(String source) {
                return source.equals("dukcapil") ? 100 : 40;
            }

            @Override
            public int of(String source, String field) {
                return source.equals("dukcapil") && field.equals("phone") ? 30 : of(source);
            }
        };
        Contribution registry = new Contribution("dukcapil", "D1", 1, NEWER,
                Map.of("full_name", "SRI WAHYUNI", "phone", "+6281111111111", "address", "JL. BARU"));
        Contribution clinic = new Contribution("dinkes", "K1", 2, OLDER,
                Map.of("full_name", "SRI WAHJUNI", "phone", "+6282222222222", "address", "JL. LAMA"));

        Survivorship.Golden golden = new Survivorship(perField).choose(List.of(registry, clinic));

        assertThat(golden.record()).containsEntry("phone", "+6282222222222")
                .containsEntry("full_name", "SRI WAHYUNI").containsEntry("address", "JL. BARU");
        assertThat(golden.provenance().get("phone").source()).isEqualTo("dinkes");
        assertThat(golden.provenance().get("full_name").source()).isEqualTo("dukcapil");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # field      | value                     | completeness
            full_name    | M. RIZKI                  | 6
            full_name    | MUHAMMAD RIZKI            | 13
            address      | JL. MERPATI NO. 4, RT 3   | 15
            birth_place  | KAB. BLORA                | 8
            nik          | 3316094509870002          | 1
            phone        | +6281234567890            | 1
            birth_date   | 1987-09-05                | 1
            """)
    void completenessCountsLettersAndDigitsOfFreeTextOnly(String field, String value, int completeness) {
        assertThat(FieldValues.completeness(PersonField.byWireName(field).orElseThrow(), value)).isEqualTo(completeness);
    }

    private static SurvivorshipPolicy policy(String field, String rule) {
        return new SurvivorshipPolicy(FieldPolicy.TRUST, Map.of(PersonField.byWireName(field).orElseThrow(),
                new FieldPolicy(SurvivorshipRule.byWireName(rule).orElseThrow(), List.of())));
    }

    private static Contribution contribution(String source, String id, OffsetDateTime asOf, String field, String value) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("full_name", "SRI WAHYUNI");
        if (value != null) {
            values.put(field, value);
        }
        return new Contribution(source, id, 1, asOf, values);
    }
}
