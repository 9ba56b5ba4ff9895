package id.sinkron.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ServiceStatusesTest {

    private static final ServiceStatuses DINSOS = ServiceStatuses.of(Map.of(
            "ACTIVE", List.of("AKTIF", "1"),
            "suspended", List.of("Ditangguhkan"),
            "ENDED", List.of("KELUAR", "3")));

    @ParameterizedTest(name = "{0}: ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a declared code                       | AKTIF          | ACTIVE
            a declared digit                      | 1              | ACTIVE
            compared trimmed and upper case       | '  aktif '     | ACTIVE
            declared in mixed case                | DITANGGUHKAN   | SUSPENDED
            a status declared in lower case       | ditangguhkan   | SUSPENDED
            another code of the same status       | 3              | ENDED
            a canonical name needs no declaration | ended          | ENDED
            a canonical name, upper case          | SUSPENDED      | SUSPENDED
            """)
    void mapsANativeCodeToItsCanonicalStatus(String description, String raw, ServiceStatus expected) {
        assertThat(DINSOS.parse(raw)).isEqualTo(expected);
    }

    @Test
    void aMissingStatusIsNull() {
        assertThat(DINSOS.parse("  ")).isNull();
        assertThat(DINSOS.parse(null)).isNull();
    }

    @Test
    void anUndeclaredCodeIsRefusedNamingTheCodesTheSourceDeclared() {
        assertThatThrownBy(() -> DINSOS.parse("DIBEKUKAN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown status code 'DIBEKUKAN' (expected one of 1, 3, ACTIVE, AKTIF, DITANGGUHKAN, ENDED, KELUAR, SUSPENDED)");
    }

    @Test
    void aSourceWithoutDeclarationUnderstandsOnlyTheCanonicalNames() {
        assertThat(ServiceStatuses.CANONICAL.parse("Active")).isEqualTo(ServiceStatus.ACTIVE);
        assertThatThrownBy(() -> ServiceStatuses.CANONICAL.parse("AKTIF")).hasMessageContaining("unknown status code 'AKTIF'");
    }

    @Test
    void aDeclarationOfAnUnknownStatusIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> ServiceStatuses.of(Map.of("PAUSED", List.of("JEDA"))))
                .hasMessage("'PAUSED' is not a service status (expected one of ACTIVE, SUSPENDED, ENDED)");
    }

    @Test
    void oneCodeForTwoStatusesIsRefused() {
        assertThatThrownBy(() -> ServiceStatuses.of(new java.util.TreeMap<>(Map.of("ACTIVE", List.of("1"), "ENDED", List.of("1")))))
                .hasMessage("code '1' is declared for both ACTIVE and ENDED");
        assertThatThrownBy(() -> ServiceStatuses.of(Map.of("ACTIVE", List.of("ended"))))
                .hasMessage("code 'ENDED' is the canonical name of ENDED, not ACTIVE");
    }
}
