package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.sinkron.canonical.SurvivorshipPolicy.FieldPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurvivorshipConfigsTest {

    private static final Set<String> SOURCES = Set.of("dukcapil-blora", "dinkes-puskesmas", "dinsos-dtks");

    @Test
    void theShippedFileReadsWithTheShippedSourcesAndKeepsTheRegistryInIdentityFields() throws IOException {
        SurvivorshipPolicy policy = SurvivorshipConfigs.read(Path.of("config/survivorship.yml"), shippedSources());

        for (PersonField identity : SurvivorshipPolicy.IDENTITY) {
            assertThat(policy.of(identity).rule()).as(identity.wireName()).isEqualTo(SurvivorshipRule.TRUST);
        }
        assertThat(policy.of(PersonField.PHONE).rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
    }

    @Test
    void theExamplesInTheShippedFileAreValidWhenUncommented() throws IOException {
        String[] shipped = Files.readString(Path.of("config/survivorship.yml")).split("  # examples:\n");
        String uncommented = shipped[0] + shipped[1].replaceAll("(?m)^  # ", "  ");

        SurvivorshipPolicy policy = SurvivorshipConfigs.parse("survivorship.yml", uncommented, shippedSources());

        assertThat(policy.of(PersonField.KK_NUMBER)).isEqualTo(new FieldPolicy(SurvivorshipRule.TRUST, List.of("dukcapil-blora", "bkkbn-keluarga")));
        assertThat(policy.of(PersonField.RELIGION).rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
        assertThat(policy.of(PersonField.MARITAL_STATUS).rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
    }

    @Test
    void aRuleIsWrittenAsItsNameOrWithARanking() {
        SurvivorshipPolicy policy = SurvivorshipConfigs.parse("s.yml", """
                default: most-recent
                fields:
                  address: most-complete
                  phone: { rule: trust, ranking: [dinkes-puskesmas, dukcapil-blora] }
                  religion:
                    rule: most-frequent
                """, SOURCES);

        assertThat(policy.of(PersonField.ADDRESS)).isEqualTo(new FieldPolicy(SurvivorshipRule.MOST_COMPLETE, List.of()));
        assertThat(policy.of(PersonField.PHONE)).isEqualTo(new FieldPolicy(SurvivorshipRule.TRUST, List.of("dinkes-puskesmas", "dukcapil-blora")));
        assertThat(policy.of(PersonField.RELIGION).rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
        assertThat(policy.of(PersonField.RT).rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
        assertThat(policy.of(PersonField.NIK).rule()).as("identity fields keep trust").isEqualTo(SurvivorshipRule.TRUST);
    }

    @Test
    void anEmptyFileIsTrustEverywhere() {
        assertThat(SurvivorshipConfigs.parse("s.yml", "# nothing yet\n", SOURCES)).isEqualTo(SurvivorshipPolicy.TRUST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # mistake                         | file (\\n between lines)                                           | message
            unknown field                     | fields:\\n  adress: most-complete                                  | line 2: fields.adress: unknown canonical field, did you mean address? (expected one of nik,
            unknown rule                      | fields:\\n  phone: newest                                          | line 2: fields.phone: unknown rule 'newest' (expected one of trust, most-recent, most-complete, most-frequent)
            misspelt rule                     | default: most-frequnt                                              | line 1: default: unknown rule 'most-frequnt', did you mean most-frequent?
            unknown source in a ranking       | fields:\\n  phone:\\n    rule: trust\\n    ranking: [dinkes-puskesma] | line 4: fields.phone.ranking.0: unknown source 'dinkes-puskesma', did you mean dinkes-puskesmas? (declared: dinkes-puskesmas, dinsos-dtks, dukcapil-blora)
            source ranked twice               | fields:\\n  sex: { rule: trust, ranking: [dinsos-dtks, dinsos-dtks] } | line 2: fields.sex.ranking.1: source 'dinsos-dtks' is ranked twice
            ranking that is not a list        | fields:\\n  sex: { rule: trust, ranking: dinsos-dtks }           | line 2: fields.sex.ranking: must be a list of source ids, most trusted first
            rule missing                      | fields:\\n  sex: { ranking: [dinsos-dtks] }                      | line 2: fields.sex: must name its rule (rule: trust | most-recent | most-complete | most-frequent)
            unknown key of a rule             | fields:\\n  sex: { rule: trust, rnking: [dinsos-dtks] }          | line 2: fields.sex.rnking: unknown key, did you mean ranking? (expected one of rule, ranking)
            unknown top-level key             | default: trust\\nfield:\\n  sex: trust                           | line 2: field: unknown key, did you mean fields? (expected one of default, fields)
            field written twice               | fields:\\n  sex: trust\\n  sex: most-recent                      | line 3: fields.sex: is written twice
            titles have no rule               | fields:\\n  name_titles: most-recent                             | line 2: fields.name_titles: titles travel with the name they were written with and take full_name's rule
            fields not a mapping              | fields: [nik]                                                     | line 1: fields: must map canonical fields to rules
            not YAML                          | fields:\\n  sex: [trust                                          | line 2: expected ',' or ']'
            """)
    void aMistakeIsRefusedNamingTheFileTheLineAndTheKey(String mistake, String file, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SurvivorshipConfigs.parse("config/survivorship.yml", file.replace("\\n", "\n"), SOURCES))
                .withMessageStartingWith("config/survivorship.yml: " + message);
    }

    @Test
    void everyMistakeOfAFileIsReportedAtOnce() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SurvivorshipConfigs.parse("s.yml", """
                        fields:
                          adress: trust
                          phone: newest
                        """, SOURCES))
                .withMessageContaining("line 2: fields.adress:")
                .withMessageContaining("; line 3: fields.phone: unknown rule 'newest'");
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Assertions.assertThatThrownBy(() -> SurvivorshipConfigs.read(Path.of("no-such.yml"), SOURCES))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("no-such.yml: does not exist");
    }

    private static Set<String> shippedSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("config/sources"))) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.ya?ml$", "")).collect(java.util.stream.Collectors.toSet());
        }
    }
}
