package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurvivorshipTest {

    private static final OffsetDateTime OLDER = OffsetDateTime.parse("2026-01-01T00:00:00+07:00");
    private static final OffsetDateTime NEWER = OffsetDateTime.parse("2026-06-01T00:00:00+07:00");

    private final Survivorship survivorship = new Survivorship(source -> source.equals("dukcapil") ? 100 : 50);

    @Test
    void theMostRecentValueWinsAndMissingValuesAreFilledFromOlderRecords() {
        Contribution old = new Contribution("dinkes", "D1", 1, OLDER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. LAMA", "phone", "+6281234567890"));
        Contribution recent = new Contribution("dinsos", "S1", 2, NEWER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. BARU"));

        Survivorship.Golden golden = survivorship.choose(List.of(old, recent));

        assertThat(golden.record()).containsEntry("address", "JL. BARU").containsEntry("phone", "+6281234567890");
        assertThat(golden.provenance().get("address").source()).isEqualTo("dinsos");
        assertThat(golden.provenance().get("phone").source()).isEqualTo("dinkes");
    }

    @Test
    void theMoreTrustedSourceWinsOverANewerValue() {
        Contribution registry = new Contribution("dukcapil", "D1", 1, OLDER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. BARU"));
        Contribution stale = new Contribution("dinsos", "S1", 2, NEWER, Map.of("full_name", "SRI WAHYUNI", "address", "JL. LAMA", "phone", "+6281234567890"));

        Survivorship.Golden golden = survivorship.choose(List.of(registry, stale));

        assertThat(golden.record()).containsEntry("address", "JL. BARU").containsEntry("phone", "+6281234567890");
        assertThat(golden.provenance().get("address").source()).isEqualTo("dukcapil");
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
}
