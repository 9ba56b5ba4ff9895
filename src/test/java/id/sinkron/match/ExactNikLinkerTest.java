package id.sinkron.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExactNikLinkerTest {

    private static final UUID OLDEST = UUID.fromString("0190a6d2-0000-7000-8000-000000000001");
    private static final UUID NEWER = UUID.fromString("0190a6d2-0000-7000-8000-000000000002");

    private final ExactNikLinker linker = new ExactNikLinker();

    @Test
    void linksToThePersonHoldingTheSameNik() {
        LinkDecision decision = linker.decide(Map.of("nik", "3316094509870002"), nik -> List.of(OLDEST));

        assertThat(decision).isEqualTo(LinkDecision.link(OLDEST, "exact-nik", 1.0));
    }

    @Test
    void linksToTheOldestWhenRealDataHoldsTheNikTwice() {
        LinkDecision decision = linker.decide(Map.of("nik", "3316094509870002"), nik -> List.of(OLDEST, NEWER));

        assertThat(decision.personId()).isEqualTo(OLDEST);
    }

    @Test
    void aRecordWithoutNikStartsANewPerson() {
        LinkDecision decision = linker.decide(Map.of("full_name", "BAYI NY. SRI"), nik -> {
            throw new AssertionError("no lookup without a NIK");
        });

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.NEW);
    }

    @Test
    void aNikNobodyHoldsStartsANewPerson() {
        LinkDecision decision = linker.decide(Map.of("nik", "3316094509870002"), nik -> List.of());

        assertThat(decision.kind()).isEqualTo(LinkDecision.Kind.NEW);
    }
}
