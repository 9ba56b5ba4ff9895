package id.sinkron.testdata;

import java.util.Locale;
import java.util.Random;

/**
 * Indonesian naming styles for {@link Population} and the ways agencies write names differently: old (pre-1972)
 * spelling, titles, abbreviations, truncation and typing slips. All upper case, as Dukcapil writes names.
 */
final class PopulationNames {

    /** How a household names its members. */
    enum Style { JAVANESE_SINGLE, JAVANESE_TWO, ARABIC, BALINESE, CHINESE }

    private static final String[] JAVA_MALE = {
        "SUGIYANTO", "SLAMET", "PAIMIN", "KASMAN", "SUPARDI", "SUTRISNO", "WAGIMAN", "SUKIRNO", "KARNO", "TUKIMIN",
        "PARJO", "SURATMAN", "JUMADI", "SUYATNO", "SUKARDI", "DARMAJI", "WARSITO", "SUPRIYADI", "MULYONO", "SUYONO",
        "CAHYONO", "JOKO", "KUSNADI", "PURNOMO", "SUWARNO", "TARMIJI", "SUJONO", "KARYADI", "SAMIJAN", "RUSMAN"};
    private static final String[] JAVA_FEMALE = {
        "SUPARMI", "PARTINAH", "SUMIATI", "KASMIRAH", "SUNARTI", "TUMINAH", "SUKINEM", "WAGINEM", "PAINEM", "SARINAH",
        "JUMINAH", "SUYATMI", "SULASTRI", "SUPINAH", "KARSIH", "SRIYATUN", "WARSIYEM", "SUMARNI", "MUJIYEM", "TASMINI",
        "CICIH", "YATINAH", "SUJIATI", "MARYATI", "TUGIYEM", "SUNIYAH", "SARMI", "JUWARIAH", "KASIYATI", "SUKARTI"};
    private static final String[] ARABIC_MALE_FIRST = {"MUHAMMAD", "AHMAD", "ABDUL", "MOHAMMAD", "MUHAMAD"};
    private static final String[] ARABIC_MALE = {
        "RIDWAN", "FAUZI", "HIDAYAT", "ROHMAN", "YUSUF", "IMAM", "SYAIFUL", "KHOIRUL", "ZAINAL", "ARIFIN", "HASAN",
        "HUSEIN", "MUSTOFA", "NURDIN", "SHOLEH", "KHAMIM", "ANSORI", "MAKRUF", "SYARIF", "ZUHRI", "FAQIH", "ILYAS"};
    private static final String[] ARABIC_FEMALE_FIRST = {"SITI", "NUR", "SITI", "UMI", "ANIS"};
    private static final String[] ARABIC_FEMALE = {
        "AMINAH", "FATIMAH", "KHADIJAH", "ZULAIKHA", "NURHAYATI", "MASRUROH", "MUSYAROFAH", "ROFIAH", "HALIMAH",
        "SALAMAH", "MAIMUNAH", "KHOIRIYAH", "ZAHROH", "LAILATUL", "MUNAWAROH", "ROHMAH", "SYAFIAH", "ASIYAH"};
    private static final String[] BALI_ORDER = {"WAYAN", "MADE", "NYOMAN", "KETUT", "PUTU", "KADEK", "KOMANG", "KETUT"};
    private static final String[] BALI_MALE = {"SUDARMA", "ARTAWAN", "SUARDANA", "WIRAWAN", "SUKADANA", "ADNYANA", "MERTA", "GUNAWAN"};
    private static final String[] BALI_FEMALE = {"SUARNI", "ASTITI", "SUCIPTA", "WIDIASTUTI", "SUKARNI", "ARIANI", "PURNAMI", "RATNADI"};
    private static final String[] CHINESE_MALE = {"HENDRA", "SUSANTO", "WILLIAM", "KEVIN", "HARTONO", "BUDIMAN", "FELIX", "ROBERT"};
    private static final String[] CHINESE_FEMALE = {"LIANA", "MELIANA", "YENNY", "FELICIA", "LINDAWATI", "SUSANTI", "MEILANI", "VERA"};
    private static final String[] CHINESE_FAMILY = {"GUNAWAN", "WIJAYA", "HALIM", "TANOTO", "SALIM", "SETIADI", "KUSUMA", "TANUWIJAYA", "LIMANTO", "HARTANTO"};
    private static final String[] CHINESE_OLD = {"TAN", "LIE", "LIEM", "OEI", "THE", "KWEE", "GO", "ONG"};
    private static final String[] CHINESE_SYLLABLES = {"KIM", "SWIE", "LING", "HOK", "GIOK", "BIE", "HWA", "TJOAN", "SIANG", "LAN"};
    /** Full names borne by very many people (SITI, SRI WAHYUNI, MUHAMMAD …): the common-name hard negatives. */
    static final String[] COMMON_FEMALE = {"SITI", "SRI WAHYUNI", "SITI AMINAH", "SRI RAHAYU", "NUR HIDAYAH", "SITI FATIMAH"};
    static final String[] COMMON_MALE = {"MUHAMMAD", "MUHAMMAD RIDWAN", "SUGIYANTO", "AHMAD FAUZI", "SLAMET", "MUHAMMAD ARIFIN"};
    static final String[] OTHER_BIRTH_PLACES = {"GROBOGAN", "REMBANG", "BOJONEGORO", "PATI", "SURABAYA", "SEMARANG", "JAKARTA"};

    private final Random random;

    PopulationNames(Random random) {
        this.random = random;
    }

    Style style() {
        int r = random.nextInt(100);
        return r < 35 ? Style.JAVANESE_SINGLE : r < 62 ? Style.JAVANESE_TWO : r < 88 ? Style.ARABIC : r < 94 ? Style.BALINESE : Style.CHINESE;
    }

    /**
     * @param order the child's birth order (0 for adults), which Balinese names carry
     * @param family a family name that Chinese-Indonesian children share with their father, or null
     */
    String name(Style style, boolean male, int order, String family) {
        return switch (style) {
            case JAVANESE_SINGLE -> pick(male ? JAVA_MALE : JAVA_FEMALE);
            case JAVANESE_TWO -> pick(male ? SyntheticPopulation.MALE : SyntheticPopulation.FEMALE) + " " + pick(SyntheticPopulation.SECOND);
            case ARABIC -> male ? pick(ARABIC_MALE_FIRST) + " " + pick(ARABIC_MALE) + (random.nextInt(4) == 0 ? " " + pick(ARABIC_MALE) : "")
                    : pick(ARABIC_FEMALE_FIRST) + " " + pick(ARABIC_FEMALE);
            case BALINESE -> (male ? "I " : "NI ") + BALI_ORDER[order % BALI_ORDER.length] + " " + pick(male ? BALI_MALE : BALI_FEMALE);
            case CHINESE -> random.nextInt(6) == 0 ? pick(CHINESE_OLD) + " " + pick(CHINESE_SYLLABLES) + " " + pick(CHINESE_SYLLABLES)
                    : pick(male ? CHINESE_MALE : CHINESE_FEMALE) + " " + (family != null ? family : pick(CHINESE_FAMILY));
        };
    }

    String common(boolean male) {
        return pick(male ? COMMON_MALE : COMMON_FEMALE);
    }

    String family() {
        return pick(CHINESE_FAMILY);
    }

    /** Van Ophuijsen / Soewandi spelling as older records keep it: SUPARMI → SOEPARMI, JOKO → DJOKO, CAHYONO → TJAHJONO. */
    static String oldSpelling(String name) {
        return name.replace("J", "DJ").replace("Y", "J").replace("C", "TJ").replace("U", "OE").replace("KH", "CH");
    }

    /** A title before (or a degree after) the name, in the mixed case forms use: "Hj. Siti Aminah", "Bpk. Slamet". */
    String titled(String name, boolean male) {
        String[] before = male ? new String[] {"Bpk.", "H.", "Bapak", "Drs."} : new String[] {"Hj.", "Ibu", "Ny.", "Hj."};
        String titled = pick(before) + " " + titleCase(name);
        return random.nextInt(5) == 0 ? titled + ", S.Pd." : titled;
    }

    /** Clinic-register abbreviation: MUHAMMAD → M./MOH./MUH./MOCH., or a later word cut to its initial. */
    String abbreviated(String name) {
        String[] tokens = name.split(" ");
        if (tokens[0].matches("MU?HA?M+AD|MOHAMMAD") && tokens.length > 1) {
            tokens[0] = pick(new String[] {"M.", "MOH.", "MUH.", "MOCH.", "MHD."});
        } else if (tokens.length > 1) {
            int i = 1 + random.nextInt(tokens.length - 1);
            tokens[i] = tokens[i].charAt(0) + ".";
        } else {
            return null;
        }
        return String.join(" ", tokens);
    }

    /** Cut to a short form field (15 characters) when the name is longer. */
    static String truncated(String name) {
        return name.length() > 15 ? name.substring(0, 15).strip() : null;
    }

    /** One letter dropped, doubled or replaced by a neighbour, as a hurried typist does. */
    String typo(String name) {
        int i = 1 + random.nextInt(Math.max(1, name.length() - 1));
        if (i >= name.length() || name.charAt(i) == ' ') {
            i = name.length() - 1;
        }
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, i) + name.substring(i + 1);
            case 1 -> name.substring(0, i) + name.charAt(i) + name.substring(i);
            default -> name.substring(0, i) + (char) ('A' + random.nextInt(26)) + name.substring(i + 1);
        };
    }

    static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String token : name.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(token.charAt(0)).append(token.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
