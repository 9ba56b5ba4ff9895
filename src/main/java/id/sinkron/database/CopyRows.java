package id.sinkron.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with one {@code COPY ... FROM STDIN} (text format) on the caller's transaction's connection:
 * one round trip and no per-row statement, which on the write path of a large batch costs a fraction of a
 * batched {@code INSERT}. Values are written as PostgreSQL reads them back: null as {@code \N}, timestamps as
 * ISO-8601 instants, anything else by {@code toString()} (JSON goes in as text), with tabs, line breaks and
 * backslashes escaped. For plain inserts only: a conflict fails the whole statement.
 */
public final class CopyRows {

    /** Bytes sent to the server at a time. */
    private static final int CHUNK = 1 << 16;

    private CopyRows() {
    }

    /** Copies {@code rows} (values in the order of {@code columns}) into {@code table}; nothing when there are none. */
    public static void copy(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                StringBuilder text = new StringBuilder(CHUNK + 4096);
                // the rows of a batch mostly carry one and the same timestamp: written once as text
                Timestamp stamp = null;
                String stampText = null;
                for (Object[] row : rows) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException("a row of " + row.length + " values for " + columns.size() + " columns");
                    }
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        Object value = row[i];
                        if (value instanceof Timestamp t) {
                            if (t != stamp) {
                                stamp = t;
                                stampText = text(t);
                            }
                            value = stampText;
                        }
                        append(text, value);
                    }
                    text.append('\n');
                    if (text.length() >= CHUNK) {
                        send(in, text);
                    }
                }
                send(in, text);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            return null;
        });
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value instanceof Timestamp t ? text(t)
                : value instanceof String[] array ? arrayLiteral(array) : value.toString();
        int first = 0;
        while (first < s.length() && !special(s.charAt(first))) {
            first++;
        }
        // most values need no escape: copied whole rather than a character at a time
        text.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** A Timestamp's own text is in the JVM's zone without saying so; its instant is unambiguous. */
    private static String text(Timestamp t) {
        return t.toInstant().toString();
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A {@code text[]} value as PostgreSQL reads it: every element quoted, so commas and braces in it are data. */
    static String arrayLiteral(String[] array) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < array.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            if (array[i] == null) {
                literal.append("NULL");
            } else {
                literal.append('"').append(array[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return literal.append('}').toString();
    }
}
