package id.sinkron.testdata;

import id.sinkron.testdata.AgencyExtracts.Agency;
import id.sinkron.testdata.AgencyExtracts.Corruption;
import id.sinkron.testdata.Population.Resident;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Who one agency holds and how it writes each of them down, corruptions included. */
final class AgencyRows {

    private final Population population;
    private final Agency agency;
    private final Random random;
    private final PopulationNames names;
    private final double scale;

    AgencyRows(Population population, Agency agency, Random random, double scale) {
        this.population = population;
        this.agency = agency;
        this.random = random;
        this.names = new PopulationNames(random);
        this.scale = scale;
    }

    /** Dukcapil holds nearly everyone (newborns registered late), Dinsos the poorer households, Dinkes the clinic
     * patients (babies, small children, the old, women of child-bearing age), Disdik the school-age children. */
    boolean covers(Resident r) {
        int age = r.age(Population.TODAY);
        return switch (agency) {
            case DUKCAPIL -> chance(age < 1 ? 0.6 : 0.985);
            case DINSOS -> r.poor() && chance(0.9);
            case DINKES -> chance(age < 1 ? 0.9 : age < 5 ? 0.7 : age >= 60 ? 0.45 : !r.male() && age >= 15 && age <= 45 ? 0.35 : 0.12);
            case DISDIK -> age >= 6 && age <= 18 && chance(0.92);
        };
    }

    Map<String, String> row(String id, Resident r, Set<Corruption> done, boolean duplicate) {
        int age = r.age(Population.TODAY);
        List<Resident> household = population.household(r.household());
        Resident head = household.get(0);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("source_record_id", id);
        put(row, "nik", nik(r, head, age, done));
        put(row, "kk_number", kk(r, duplicate, done));
        put(row, "full_name", name(r, age, done));
        put(row, "birth_place", chance(switch (agency) { case DUKCAPIL -> 1.0; case DINSOS -> 0.7; case DINKES -> 0.4; case DISDIK -> 0.95; })
                ? r.birthPlace() : null);
        put(row, "birth_date", birthDate(r.birthDate(), done).toString());
        put(row, "sex", agency == Agency.DINKES && !chance(0.95) ? null : r.sex());
        put(row, "mother_name", motherName(r, head, age, done));
        put(row, "village_code", agency == Agency.DISDIK && chance(0.1) ? null : r.villageCode());
        put(row, "phone", phone(r, household, age, done));
        return row;
    }

    private String nik(Resident r, Resident head, int age, Set<Corruption> done) {
        if (agency == Agency.DINKES && age < 1 && rate(0.7)) {
            done.add(Corruption.NIK_MISSING); // a newborn seen at the clinic before its birth is registered
            return null;
        }
        if (rate(agency.nikMissing)) {
            done.add(Corruption.NIK_MISSING);
            return null;
        }
        if (rate(agency.nikMistyped)) {
            done.add(Corruption.NIK_MISTYPED);
            return mistyped(r.nik());
        }
        if (r != head && rate(agency.nikBorrowed)) {
            done.add(Corruption.NIK_BORROWED); // the household head's NIK written for a member
            return head.nik();
        }
        return r.nik();
    }

    private String kk(Resident r, boolean duplicate, Set<Corruption> done) {
        if (agency == Agency.DUKCAPIL && duplicate) {
            done.add(Corruption.OLD_KK); // registered again under the card before a household split
            return r.kk().substring(0, 6) + String.format(java.util.Locale.ROOT, "%010d", (long) (random.nextDouble() * 1e10));
        }
        return chance(switch (agency) { case DUKCAPIL -> 1.0; case DINSOS -> 0.9; case DINKES -> 0.3; case DISDIK -> 0.5; }) ? r.kk() : null;
    }

    private String name(Resident r, int age, Set<Corruption> done) {
        if (agency == Agency.DINKES && age < 1 && chance(0.3)) {
            done.add(Corruption.BABY_OF_MOTHER); // "By. Ny. Siti Aminah": the baby before it has a name in the register
            return "BY. NY. " + r.motherName();
        }
        String name = r.fullName();
        if (rate(agency.oldSpelling) && !PopulationNames.oldSpelling(name).equals(name)) {
            done.add(Corruption.OLD_SPELLING);
            name = PopulationNames.oldSpelling(name);
        }
        String abbreviated = rate(agency.abbreviated) ? names.abbreviated(name) : null;
        if (abbreviated != null) {
            done.add(Corruption.ABBREVIATED);
            name = abbreviated;
        }
        String truncated = rate(agency.truncated) ? PopulationNames.truncated(name) : null;
        if (truncated != null) {
            done.add(Corruption.TRUNCATED);
            name = truncated;
        }
        if (rate(agency.typo)) {
            done.add(Corruption.NAME_TYPO);
            name = names.typo(name);
        }
        if (age >= 25 && rate(agency.title)) {
            done.add(Corruption.TITLE);
            name = names.titled(name, r.male());
        }
        return name;
    }

    private LocalDate birthDate(LocalDate date, Set<Corruption> done) {
        if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue() && rate(agency.dateSwapped * 2.5)) {
            done.add(Corruption.DATE_SWAPPED); // only 12 of 31 days can be swapped: the rate is of all records
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        }
        return date;
    }

    private String motherName(Resident r, Resident head, int age, Set<Corruption> done) {
        return switch (agency) {
            case DUKCAPIL -> r.motherName();
            case DINSOS -> chance(0.4) ? r.motherName() : null;
            case DINKES -> age < 15 && chance(0.8) ? r.motherName() : null;
            case DISDIK -> {
                if (r.role() == Population.Role.CHILD && head.male() && chance(0.15)) {
                    done.add(Corruption.FATHER_AS_MOTHER); // the form's "parent" field filled with the father
                    yield head.fullName();
                }
                yield chance(0.85) ? r.motherName() : null;
            }
        };
    }

    private String phone(Resident r, List<Resident> household, int age, Set<Corruption> done) {
        if (agency == Agency.DUKCAPIL) {
            return null;
        }
        if (age < 17 && agency != Agency.DINSOS) {
            String parent = household.stream().filter(m -> m.role() != Population.Role.CHILD && m.phone() != null)
                    .map(Resident::phone).findFirst().orElse(null);
            if (parent != null && chance(0.6)) {
                done.add(Corruption.PARENT_PHONE);
                return parent;
            }
            return null;
        }
        return chance(0.7) ? r.phone() : null;
    }

    private String mistyped(String nik) {
        char[] digits = nik.toCharArray();
        int i = random.nextInt(digits.length - 1);
        if (random.nextBoolean() && digits[i] != digits[i + 1]) {
            char c = digits[i];
            digits[i] = digits[i + 1];
            digits[i + 1] = c;
        } else {
            digits[i] = (char) ('0' + (digits[i] - '0' + 1 + random.nextInt(9)) % 10);
        }
        return new String(digits);
    }

    private boolean rate(double base) {
        return chance(base * scale);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private static void put(Map<String, String> row, String column, String value) {
        if (value != null) {
            row.put(column, value);
        }
    }
}
