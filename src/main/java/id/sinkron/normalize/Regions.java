package id.sinkron.normalize;

import java.util.Set;

/**
 * Kemendagri region codes. The full reference table (every regency, district and village) is loaded by a
 * later module; this class checks structure and the province list, which is enough to refuse impossible codes.
 */
public final class Regions {

    /**
     * The 38 province codes, from Kemendagri's region-code decision (Kepmendagri No 300.2.2-2138 Tahun 2025)
     * as transcribed in shared/reference/wilayah (cahyadsn/wilayah, MIT).
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96");

    private Regions() {}

    public static boolean isProvince(String twoDigits) {
        return PROVINCES.contains(twoDigits);
    }

    /**
     * The problem with a six-digit district code (PPKKCC), or null when it is plausible: a real province,
     * a regency 01–69 (kabupaten) or 71–99 (kota), a district 01–99.
     */
    static String districtProblem(String ppkkcc) {
        String province = ppkkcc.substring(0, 2);
        int regency = Integer.parseInt(ppkkcc.substring(2, 4));
        int district = Integer.parseInt(ppkkcc.substring(4, 6));
        if (!isProvince(province)) {
            return "province code " + province + " does not exist";
        }
        if (regency == 0 || regency == 70) {
            return "regency code " + ppkkcc.substring(2, 4) + " does not exist (01-69 kabupaten, 71-99 kota)";
        }
        if (district == 0) {
            return "district code 00 does not exist";
        }
        return null;
    }

    /** A village (desa/kelurahan) code in dotted form {@code 33.16.09.1006}, from dotted, spaced or plain digits. */
    public static String villageCode(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[.\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("'" + text + "' is not a village code (10 digits, e.g. 33.16.09.1006)");
        }
        String problem = districtProblem(digits.substring(0, 6));
        if (problem != null) {
            throw new IllegalArgumentException("village code " + text + ": " + problem);
        }
        char kind = digits.charAt(6);
        if (kind < '1' || kind > '3') {
            throw new IllegalArgumentException("village code " + text + ": the village part must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)");
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6);
    }
}
