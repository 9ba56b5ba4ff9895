package id.sinkron.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceJsonTest {

    private static final Provenance DUKCAPIL = new Provenance("dukcapil-blora", "R-1", 7, OffsetDateTime.parse("2025-01-10T02:00:00Z"),
            SurvivorshipRule.TRUST);
    private static final Provenance DINKES = new Provenance("dinkes-puskesmas", "K-9", 8, OffsetDateTime.parse("2025-02-01T01:00:00Z"),
            SurvivorshipRule.MOST_RECENT);

    private static Map<String, Provenance> golden() {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        provenance.put("nik", DUKCAPIL);
        provenance.put("full_name", DUKCAPIL);
        provenance.put("phone", DINKES);
        provenance.put("birth_date", DUKCAPIL);
        return provenance;
    }

    @Test
    void readsBackWhatItWroteInTheSameFieldOrder() {
        Map<String, Provenance> read = ProvenanceJson.read(ProvenanceJson.write(golden()));

        assertThat(read).isEqualTo(golden());
        assertThat(read.keySet()).containsExactly("nik", "full_name", "phone", "birth_date");
    }

    @Test
    void writesEachSupplierOnce() {
        String json = ProvenanceJson.write(golden());

        assertThat(json).startsWith("{\"fields\":{\"nik\":0,\"full_name\":0,\"phone\":1,\"birth_date\":0},\"from\":[");
        assertThat(json.split("dukcapil-blora", -1)).hasSize(2);
        assertThat(json.length()).isLessThan(id.sinkron.database.Jsonb.write(golden()).length() * 2 / 3);
    }

    @Test
    void readsProvenanceWrittenFieldByFieldBefore() {
        String before = """
                {"nik":{"source":"dukcapil-blora","source_record_id":"R-1","run_id":7,"as_of":"2025-01-10T02:00:00Z","rule":"trust"},\
                "phone":{"source":"dinkes-puskesmas","source_record_id":"K-9","run_id":8}}""";

        Map<String, Provenance> read = ProvenanceJson.read(before);

        assertThat(read.get("nik")).isEqualTo(DUKCAPIL);
        assertThat(read.get("phone")).isEqualTo(new Provenance("dinkes-puskesmas", "K-9", 8, null, null));
    }

    @Test
    void refusesAFieldPointingPastItsSuppliers() {
        assertThatIllegalStateException().isThrownBy(() -> ProvenanceJson.read("{\"fields\":{\"nik\":1},\"from\":[]}"))
                .withMessageContaining("nik points to supplier 1 of 0");
    }
}
