package id.sinkron.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Makes fictitious residents of Kabupaten Blora with valid, mutually consistent values (the NIK encodes the
 * district, birth date and sex; villages are real Kemendagri codes). Deterministic for a seed; NIKs are unique
 * within one population.
 */
public final class SyntheticPopulation {

    static final String[] MALE = {
        "AHMAD", "MUHAMMAD", "BUDI", "AGUS", "SUGENG", "SLAMET", "JOKO", "BAMBANG", "HERU", "EKO", "DWI", "TRI",
        "SUPARMAN", "SUTRISNO", "WAHYU", "RUDI", "ARIF", "FAJAR", "RIZKI", "ADI", "HADI", "YUSUF", "IMAM", "KUSNADI",
        "PURNOMO", "SETYO", "WIDODO", "SUGIYANTO", "DARMAJI", "TEGUH", "BAYU", "GILANG", "ILHAM", "ANDI", "DENI"};
    static final String[] FEMALE = {
        "SITI", "SRI", "DEWI", "ENDANG", "SUMIATI", "WAHYUNI", "RINA", "NUR", "TUTIK", "YULI", "SUPARMI", "KARTINI",
        "LESTARI", "RATNA", "INDAH", "PUJI", "NINGSIH", "FITRI", "AYU", "RAHMAWATI", "ANIK", "MARYATI", "SUNARTI",
        "PARTINAH", "LINDA", "NOVI", "DIAN", "EKA", "WULAN", "RETNO", "SUSANTI", "ASIH", "MUJI", "KASMIRAH", "UMI"};
    static final String[] SECOND = {
        "SANTOSO", "WIBOWO", "PRASETYO", "SETIAWAN", "HIDAYAT", "SAPUTRA", "SUSILO", "NUGROHO", "KURNIAWAN",
        "RAHAYU", "LESTARI", "HANDAYANI", "WULANDARI", "PERMATASARI", "PURWANTI", "MULYONO", "SUPRIYADI", "HARTONO",
        "YULIANTO", "SETYANINGSIH", "ASTUTI", "MARDIANTO", "FAUZI", "ROHMAN", "ANWAR", "MAHMUD", "SUKARNO", "UTOMO"};
    private static final String[] RELIGIONS = {"ISLAM", "ISLAM", "ISLAM", "ISLAM", "ISLAM", "ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA"};
    /** Indonesian mobile prefixes (Telkomsel, Indosat, XL, Smartfren, Tri) without the leading 0. */
    static final String[] MOBILE_PREFIXES = {"811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "881", "895", "896"};
    private static final String[] STREETS = {"JL. PEMUDA", "JL. SUDIRMAN", "JL. RAYA BLORA-CEPU", "DUKUH KRAJAN", "DUKUH NGASEM", "JL. GAJAH MADA", "JL. DIPONEGORO"};

    private final List<String[]> villages = villages();
    private final Random random;
    private final Set<String> niks = new HashSet<>();
    private final LocalDate today;

    public SyntheticPopulation(long seed) {
        this(seed, LocalDate.of(2026, 1, 1));
    }

    public SyntheticPopulation(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public SyntheticPerson next() {
        boolean male = random.nextBoolean();
        String[] village = villages.get(random.nextInt(villages.size()));
        LocalDate birth = today.minusDays(1 + random.nextInt(365 * 85));
        String name = pick(male ? MALE : FEMALE) + (random.nextInt(10) < 8 ? " " + pick(SECOND) : "");
        String mother = pick(FEMALE) + " " + pick(SECOND);
        String district = village[0].substring(0, 8).replace(".", "");
        String nik = uniqueNik(district, birth, male);
        String kk = district + String.format(Locale.ROOT, "%02d%02d%02d", 1 + random.nextInt(28), 1 + random.nextInt(12), 10 + random.nextInt(15))
                + String.format(Locale.ROOT, "%04d", 1 + random.nextInt(9999));
        int age = today.getYear() - birth.getYear();
        String marital = age < 18 ? "BELUM_KAWIN" : random.nextInt(10) < 7 ? "KAWIN" : "BELUM_KAWIN";
        String phone = age >= 15 && random.nextInt(10) < 7
                ? "+62" + pick(MOBILE_PREFIXES) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)) : null;
        return new SyntheticPerson(nik, kk, name, "BLORA", birth, male ? "L" : "P", pick(RELIGIONS), marital, mother,
                pick(STREETS) + " NO. " + (1 + random.nextInt(150)), String.format(Locale.ROOT, "%03d", 1 + random.nextInt(12)),
                String.format(Locale.ROOT, "%03d", 1 + random.nextInt(6)), village[0], village[1].toUpperCase(Locale.ROOT),
                village[2].toUpperCase(Locale.ROOT), phone);
    }

    public List<SyntheticPerson> next(int count) {
        List<SyntheticPerson> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    public Random random() {
        return random;
    }

    /** A valid NIK for the district (6 digits), birth date and sex. */
    public static String nik(String district, LocalDate birth, boolean male, int serial) {
        int day = birth.getDayOfMonth() + (male ? 0 : 40);
        return district + String.format(Locale.ROOT, "%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, serial);
    }

    private String uniqueNik(String district, LocalDate birth, boolean male) {
        while (true) {
            String nik = nik(district, birth, male, 1 + random.nextInt(9999));
            if (niks.add(nik)) {
                return nik;
            }
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static List<String[]> villages() {
        InputStream in = SyntheticPopulation.class.getResourceAsStream("/testdata/blora-villages.csv");
        if (in == null) {
            throw new IllegalStateException("testdata/blora-villages.csv is missing from the test classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
