package id.sinkron.normalize;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Kemendagri region codes (kode wilayah): province PP, regency PP.KK, district PP.KK.CC, village PP.KK.CC.DDDD.
 *
 * <p>Only the structure and the province list are checked here, which is enough to refuse impossible codes
 * (Permendagri 58/2021: regency 01–69 kabupaten, 71–99 kota; district 01–99; village 1xxx kelurahan, 2xxx desa,
 * 3xxx desa adat). Whether a regency, district or village exists is a question for the full reference table,
 * {@code id.sinkron.region.Regions}, which warns rather than refuses.
 */
public final class Regions {

    /**
     * The 38 province codes of Kepmendagri No 300.2.2-2138 Tahun 2025, read from the transcription in
     * shared/reference/wilayah/wilayah.sql (cahyadsn/wilayah, MIT). Papua's split of 2022 added 93–96.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96");

    private static final Pattern SEPARATORS = Pattern.compile("[.\\s-]");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private Regions() {}

    /** Whether {@code twoDigits} is one of the 38 province codes; false for null or anything else. */
    public static boolean isProvince(String twoDigits) {
        return twoDigits != null && PROVINCES.contains(twoDigits);
    }

    /**
     * A village (desa/kelurahan) code in the dotted Kemendagri form {@code 33.16.09.1006}, from the dotted form,
     * plain digits or digits with spaces. Null for blank; IllegalArgumentException saying which part is
     * impossible otherwise.
     */
    public static String villageCode(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (!TEN_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("village code '" + text + "' must have 10 digits, written like 33.16.09.1006");
        }
        String problem = districtProblem(digits.substring(0, 6));
        if (problem != null) {
            throw new IllegalArgumentException("village code '" + text + "': " + problem);
        }
        String village = digits.substring(6);
        if (village.charAt(0) < '1' || village.charAt(0) > '3') {
            throw new IllegalArgumentException("village code '" + text + "': village part " + village
                    + " must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)");
        }
        if (village.endsWith("000")) {
            throw new IllegalArgumentException("village code '" + text + "': village number " + village
                    + " does not exist (numbering starts at 001)");
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "." + village;
    }

    /**
     * What is impossible about a six-digit district code PPKKCC, or null when it is plausible. Shared by NIK,
     * KK and village codes, which all start with one.
     */
    static String districtProblem(String ppkkcc) {
        String province = ppkkcc.substring(0, 2);
        String regency = ppkkcc.substring(2, 4);
        if (!isProvince(province)) {
            return "province code " + province + " does not exist (not one of the 38 Kemendagri province codes)";
        }
        if (regency.equals("00") || regency.equals("70")) {
            return "regency code " + regency + " is impossible (01-69 kabupaten, 71-99 kota)";
        }
        if (ppkkcc.substring(4, 6).equals("00")) {
            return "district code 00 is impossible (01-99)";
        }
        return null;
    }
}
