package id.sinkron.canonical;

import id.sinkron.canonical.Persons.PersonView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds golden persons by NIK, name, birth date and village, any of them combined (all given must hold).
 * <ul>
 *   <li>NIK: equal to the cleaned 16 digits;
 *   <li>name: every word of the name searched for is a word of the person's name, compared by {@link NameSearchKey}:
 *       titles ignored, old and new spelling alike (SOEDJONO finds SUYONO), name variants alike (MOCH. finds
 *       MUHAMMAD), and spellings of one sound alike (ACHMAD finds AHMAD). Whole words only: SUHAR does not find
 *       SUHARTO, but SUHARTO finds MUHAMMAD SUHARTO. Persons whose words match exactly come first;
 *   <li>birth date: the ISO date of the golden record;
 *   <li>village: the Kemendagri village code of the golden record.
 * </ul>
 * Each criterion is answered from an index ({@code V17__person_search}), so a search costs a few index lookups
 * whatever the number of persons.
 */
@Repository
public class PersonSearch {

    private final JdbcTemplate jdbc;
    private final Persons persons;

    PersonSearch(JdbcTemplate jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    /**
     * What to search for; null members do not filter, at least one is given.
     *
     * @param nik 16 digits
     * @param name the key of the name searched for
     * @param villageCode dotted Kemendagri code, 33.16.09.1006
     */
    public record Criteria(String nik, NameSearchKey name, LocalDate birthDate, String villageCode) {

        public Criteria {
            if (nik == null && name == null && birthDate == null && villageCode == null) {
                throw new IllegalArgumentException("a person search needs a NIK, a name, a birth date or a village");
            }
        }
    }

    /** The persons meeting every criterion: at most {@code limit}, after skipping {@code offset}. */
    @Transactional(readOnly = true)
    public List<PersonView> find(Criteria criteria, int limit, int offset) {
        // retired persons (merged into another) are found through their survivor only
        StringBuilder sql = new StringBuilder("select id from persons where merged_into is null");
        List<Object> args = new ArrayList<>();
        if (criteria.nik() != null) {
            sql.append(" and nik = ?");
            args.add(criteria.nik());
        }
        if (criteria.name() != null) {
            sql.append(" and name_codes @> ?::text[]");
            args.add(NameSearchKey.codes(criteria.name()));
        }
        if (criteria.birthDate() != null) {
            sql.append(" and record->>'birth_date' = ?");
            args.add(criteria.birthDate().toString());
        }
        if (criteria.villageCode() != null) {
            sql.append(" and record->>'village_code' = ?");
            args.add(criteria.villageCode());
        }
        sql.append(" order by ");
        if (criteria.name() != null) {
            sql.append("name_words @> ?::text[] desc, ");
            args.add(NameSearchKey.words(criteria.name()));
        }
        sql.append("record->>'full_name', id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        List<UUID> ids = jdbc.queryForList(sql.toString(), UUID.class, args.toArray());
        return persons.inOrder(ids);
    }
}
