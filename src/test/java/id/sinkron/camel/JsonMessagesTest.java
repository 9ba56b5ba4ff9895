package id.sinkron.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMessagesTest {

    private final JsonMessages messages = new JsonMessages();

    @Test
    void oneObjectIsOneRow() {
        assertThat(messages.rows("{\"id\": \"A-1\", \"nama\": \"SITI\"}")).containsExactly(Map.of("id", "A-1", "nama", "SITI"));
    }

    @Test
    void anArrayIsOneRowPerObjectAndAnythingElseIsUnreadable() {
        List<Object> rows = messages.rows("[{\"id\": \"A-1\"}, 42, {\"id\": \"A-2\"}]");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(Map.of("id", "A-1"));
        assertThat(rows.get(1)).isEqualTo(new UnreadableMessage("42", "a record must be a JSON object of field names to values"));
        assertThat(rows.get(2)).isEqualTo(Map.of("id", "A-2"));
    }

    @Test
    void brokenJsonIsOneUnreadableRowKeepingTheRawText() {
        List<Object> rows = messages.rows("{\"nik\": \"3316");

        assertThat(rows).singleElement().isInstanceOfSatisfying(UnreadableMessage.class, m -> {
            assertThat(m.rawText()).isEqualTo("{\"nik\": \"3316");
            assertThat(m.why()).startsWith("the message is not JSON");
        });
    }

    @Test
    void anEmptyMessageIsUnreadable() {
        assertThat(messages.rows("")).singleElement().isInstanceOfSatisfying(UnreadableMessage.class,
                m -> assertThat(m.why()).isEqualTo("the message is empty"));
    }
}
