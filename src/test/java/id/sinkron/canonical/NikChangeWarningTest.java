package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Review finding 4: a record that kept its person while taking another person's NIK said nothing about it. */
class NikChangeWarningTest {

    private static final UUID OWN = UUID.fromString("0190a6d2-0000-7000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("0190a6d2-0000-7000-8000-000000000002");
    private static final String OLD = "3316094509870002";
    private static final String NEW = "3316090101900001";

    private static SourceRecord record(String nik) {
        PersonFields person = new PersonFields(nik, null, "SRI WAHYUNI", List.of(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        return new SourceRecord("dinsos-dtks", "S1", null, person, List.of(), Map.of());
    }

    private static PersonSql.Link stored(String nik, List<String> warnings) {
        return new PersonSql.Link(OWN, "new", null, "hash", nik, warnings);
    }

    @Test
    void warnsWhenTheNikChangesToOneAnotherPersonHolds() {
        SourceRecord r = NikChangeWarning.added(record(NEW), stored(OLD, List.of()), Map.of(NEW, List.of(OTHER)));

        assertThat(r.warnings()).containsExactly(
                "NIK changed from 3316094509870002 to 3316090101900001, which another person holds; kept with its person");
    }

    @Test
    void saysNoneWhenTheRecordHadNoNik() {
        SourceRecord r = NikChangeWarning.added(record(NEW), stored(null, List.of()), Map.of(NEW, List.of(OTHER)));

        assertThat(r.warnings()).singleElement().asString().startsWith("NIK changed from none to 3316090101900001");
    }

    @Test
    void saysNothingWhenOnlyItsOwnPersonHoldsTheNik() {
        assertThat(NikChangeWarning.added(record(NEW), stored(OLD, List.of()), Map.of(NEW, List.of(OWN))).warnings()).isEmpty();
        assertThat(NikChangeWarning.added(record(NEW), stored(OLD, List.of()), Map.of()).warnings()).isEmpty();
        assertThat(NikChangeWarning.added(record(null), stored(OLD, List.of()), Map.of()).warnings()).isEmpty();
    }

    @Test
    void keepsTheWarningWhileTheRecordKeepsThatNik() {
        String earlier = "NIK changed from 3316094509870002 to 3316090101900001, which another person holds; kept with its person";

        SourceRecord r = NikChangeWarning.added(record(NEW), stored(NEW, List.of(earlier)), Map.of(NEW, List.of(OWN, OTHER)));

        assertThat(r.warnings()).containsExactly(earlier);
    }

    @Test
    void saysNothingOfAnUnchangedNikThatWasNeverMoved() {
        assertThat(NikChangeWarning.added(record(NEW), stored(NEW, List.of()), Map.of(NEW, List.of(OTHER, OWN))).warnings()).isEmpty();
    }
}
