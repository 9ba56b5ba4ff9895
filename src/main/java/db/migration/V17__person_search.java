package db.migration;

import id.sinkron.canonical.NameSearchKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Person search (issue #7, README "Persons"): each golden person's name key as words and phonetic codes
 * ({@link NameSearchKey}), and indexes for searching by name, birth date and village. A Java migration because the
 * name key of the persons already stored is made by Sinkron's own normalizer, which SQL cannot run; it reads them
 * through a cursor and writes their keys in batches of 2,000.
 */
public class V17__person_search extends BaseJavaMigration {

    private static final int BATCH = 2_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table persons add column name_words text[], add column name_codes text[]");
        }
        try (Statement read = connection.createStatement();
             PreparedStatement write = connection.prepareStatement(
                     "update persons set name_words = ?::text[], name_codes = ?::text[] where id = ?")) {
            // a fetch size makes the driver read through a cursor instead of loading every person
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery("select id, record->>'full_name' from persons where record->>'full_name' is not null")) {
                while (rs.next()) {
                    NameSearchKey key = NameSearchKey.of(rs.getString(2));
                    if (key == null) {
                        continue;
                    }
                    write.setArray(1, connection.createArrayOf("text", key.words().toArray()));
                    write.setArray(2, connection.createArrayOf("text", key.codes().toArray()));
                    write.setObject(3, rs.getObject(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            // a name is searched by the codes of its words (the codes of a word include its exact spelling)
            ddl.execute("create index persons_name_codes_idx on persons using gin (name_codes)");
            ddl.execute("create index persons_birth_date_idx on persons ((record->>'birth_date'))");
            ddl.execute("create index persons_village_code_idx on persons ((record->>'village_code'))");
        }
    }
}
