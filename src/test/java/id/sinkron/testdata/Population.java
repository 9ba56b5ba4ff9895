package id.sinkron.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The true population behind the agency extracts of {@link AgencyExtracts}: fictitious residents of Kabupaten
 * Blora (real Kemendagri village codes) in households with a KK number, head, spouse and children. Valid NIKs
 * encode the district, birth date (day + 40 for women) and a serial. Built in are the pairs a matcher must keep
 * apart: twins (same birth date and household, different names), a son named exactly like his father, and common
 * names (SITI, SRI WAHYUNI, MUHAMMAD …) concentrated in the big villages. Deterministic for a seed.
 */
public final class Population {

    /** Place in the household. */
    public enum Role { HEAD, SPOUSE, CHILD }

    /**
     * One true person.
     *
     * @param id person id (the ground truth's key)
     * @param household index of the household; {@code kk} is its card number
     * @param twinOf id of the twin sibling, or -1
     * @param namedAfterFather true for a son bearing his father's full name
     * @param commonName true when the name is one of the common full names
     */
    public record Resident(int id, int household, Role role, String nik, String kk, String fullName, String birthPlace,
            LocalDate birthDate, String sex, String motherName, String villageCode, String phone, boolean poor,
            int twinOf, boolean namedAfterFather, boolean commonName) {

        public boolean male() {
            return "L".equals(sex);
        }

        public int age(LocalDate today) {
            return java.time.Period.between(birthDate, today).getYears();
        }
    }

    public static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final double TWIN_RATE = 0.02;
    static final double FATHER_NAME_RATE = 0.03;

    private final List<Resident> residents = new ArrayList<>();
    private final List<List<Resident>> households = new ArrayList<>();
    private final Random random;
    private final PopulationNames names;
    private final List<String[]> villages = SyntheticPopulation.villages();
    private final double[] villageWeight;
    private final java.util.Map<String, String> districtNames = new java.util.HashMap<>();
    private final Set<String> niks = new HashSet<>();
    private final Set<String> kks = new HashSet<>();

    private Population(long seed) {
        random = new Random(seed);
        names = new PopulationNames(random);
        villageWeight = new double[villages.size()];
        double total = 0;
        for (int i = 0; i < villageWeight.length; i++) {
            total += 1 / Math.pow(1 + random.nextInt(villageWeight.length), 0.8); // Zipf-like: a few big villages
            villageWeight[i] = total;
            districtNames.put(villages.get(i)[0], villages.get(i)[2].toUpperCase(Locale.ROOT));
        }
    }

    /** About {@code size} residents (whole households, so a few more). */
    public static Population generate(long seed, int size) {
        Population population = new Population(seed);
        while (population.residents.size() < size) {
            population.household();
        }
        return population;
    }

    public List<Resident> residents() {
        return residents;
    }

    public List<Resident> household(int index) {
        return households.get(index);
    }

    private void household() {
        int index = households.size();
        List<Resident> members = new ArrayList<>();
        households.add(members);
        int v = village();
        String village = villages.get(v)[0];
        String district = village.substring(0, 8).replace(".", "");
        boolean big = villageWeight[v] - (v == 0 ? 0 : villageWeight[v - 1]) > 0.1;
        String kk = kk(district);
        boolean poor = random.nextInt(100) < 25;
        PopulationNames.Style style = names.style();
        String family = style == PopulationNames.Style.CHINESE ? names.family() : null;
        boolean maleHead = random.nextInt(10) < 9;
        LocalDate headBirth = TODAY.minusDays(365L * 22 + random.nextInt(365 * 58));
        String headPhone = phone(70);
        Resident head = add(members, index, Role.HEAD, kk, maleHead, headBirth, style, family, 0, big, district, village,
                adultsMother(), headPhone, poor, -1, null);
        Resident mother = maleHead ? null : head;
        if (maleHead && random.nextInt(100) < 85) {
            LocalDate birth = headBirth.plusDays(random.nextInt(365 * 10) - 365 * 2);
            mother = add(members, index, Role.SPOUSE, kk, false, birth, style, null, 0, big, district, village,
                    adultsMother(), phone(60), poor, -1, null);
        }
        LocalDate motherBirth = mother != null ? mother.birthDate() : headBirth;
        int children = random.nextInt(100) < 15 ? 0 : 1 + random.nextInt(4);
        // the first child is a son in about half the households: twice the rate makes FATHER_NAME_RATE of them
        boolean fatherName = maleHead && random.nextDouble() < FATHER_NAME_RATE / 0.5;
        String motherName = mother != null ? mother.fullName() : names.name(PopulationNames.Style.JAVANESE_SINGLE, false, 0, null);
        for (int c = 0; c < children; c++) {
            LocalDate birth = motherBirth.plusDays(365L * (19 + 3 * c) + random.nextInt(365 * 3));
            if (birth.isAfter(TODAY)) {
                break;
            }
            boolean male = random.nextBoolean();
            Resident child = add(members, index, Role.CHILD, kk, male, birth, style, family, c, big, district, village,
                    motherName, birth.isBefore(TODAY.minusYears(17)) ? phone(60) : null, poor, -1,
                    male && fatherName && c == 0 ? head.fullName() : null);
            if (random.nextDouble() < TWIN_RATE * 1.6) {
                Resident twin = add(members, index, Role.CHILD, kk, random.nextBoolean(), birth, style, family, c + 1, big,
                        district, village, motherName, child.phone() == null ? null : phone(100), poor, child.id(), null);
                Resident linked = withTwin(child, twin.id());
                members.set(members.indexOf(child), linked);
                residents.set(child.id(), linked);
            }
        }
    }

    private Resident add(List<Resident> members, int household, Role role, String kk, boolean male, LocalDate birth,
            PopulationNames.Style style, String family, int order, boolean bigVillage, String district, String village,
            String motherName, String phone, boolean poor, int twinOf, String fatherName) {
        boolean common = fatherName == null && random.nextInt(100) < (bigVillage ? 12 : 3);
        String name = fatherName != null ? fatherName : common ? names.common(male) : names.name(style, male, order, family);
        while (fatherName == null && sameName(members, name)) {
            name = names.name(style, male, order, family); // parents tell their children (twins too) apart by name
        }
        // most people are born in their district or the regency town; some moved in
        int r = random.nextInt(10);
        String place = r < 5 ? districtNames.get(village) : r < 9 ? "BLORA"
                : names.pick(PopulationNames.OTHER_BIRTH_PLACES);
        Resident resident = new Resident(residents.size(), household, role, nik(district, birth, male), kk, name, place, birth,
                male ? "L" : "P", motherName, village, phone, poor, twinOf, fatherName != null, common);
        residents.add(resident);
        members.add(resident);
        return resident;
    }

    /** The mother of a head or spouse, who is not in the household: a Javanese or Arabic-style name. */
    private String adultsMother() {
        return names.name(PopulationNames.Style.values()[random.nextInt(3)], false, 0, null);
    }

    private static boolean sameName(List<Resident> members, String name) {
        return members.stream().anyMatch(m -> m.fullName().equals(name));
    }

    private static Resident withTwin(Resident r, int twin) {
        return new Resident(r.id(), r.household(), r.role(), r.nik(), r.kk(), r.fullName(), r.birthPlace(), r.birthDate(),
                r.sex(), r.motherName(), r.villageCode(), r.phone(), r.poor(), twin, r.namedAfterFather(), r.commonName());
    }

    private int village() {
        double x = random.nextDouble() * villageWeight[villageWeight.length - 1];
        int i = java.util.Arrays.binarySearch(villageWeight, x);
        return i >= 0 ? i : Math.min(-i - 1, villageWeight.length - 1);
    }

    private String nik(String district, LocalDate birth, boolean male) {
        while (true) {
            String nik = SyntheticPopulation.nik(district, birth, male, 1 + random.nextInt(9999));
            if (niks.add(nik)) {
                return nik;
            }
        }
    }

    private String kk(String district) {
        while (true) {
            LocalDate issued = TODAY.minusDays(random.nextInt(365 * 20));
            String kk = district + String.format(Locale.ROOT, "%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(),
                    issued.getYear() % 100, 1 + random.nextInt(9999));
            if (kks.add(kk)) {
                return kk;
            }
        }
    }

    private String phone(int percent) {
        return random.nextInt(100) < percent ? "+62" + names.pick(SyntheticPopulation.MOBILE_PREFIXES)
                + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)) : null;
    }
}
