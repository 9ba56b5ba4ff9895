package id.sinkron.normalize;

/**
 * Nomor Kartu Keluarga (family card number): 16 digits, PPKKCC DDMMYY SSSS — the issuing district, the issue
 * date (no +40, unlike a NIK) and a serial other than 0000. A family gets a new number when it changes, so a KK
 * number is evidence for matching, never a person's key. Missing is normal: null or blank is no problem.
 */
public final class KkNumbers {

    private KkNumbers() {}

    /**
     * Trimmed, with spaces, dots, dashes and a leading apostrophe or quote (Excel's text marker) removed; null for
     * blank. Does not validate.
     */
    public static String clean(String raw) {
        return SixteenDigits.clean(raw);
    }

    /**
     * Why {@code kk} is not a valid KK number, in words an administrator can act on, or null when it is valid or
     * missing. {@code kk} is checked as given: {@link #clean} it first.
     */
    public static String problem(String kk) {
        if (kk == null || kk.isBlank()) {
            return null;
        }
        if (kk.chars().allMatch(c -> c == '0')) {
            return "KK number must not be all zeros";
        }
        String structure = SixteenDigits.structureProblem("KK number", kk);
        if (structure != null) {
            return structure;
        }
        if (SixteenDigits.date(SixteenDigits.day(kk), SixteenDigits.month(kk), SixteenDigits.yy(kk), null) == null) {
            return "KK number issue date part " + kk.substring(6, 12) + " is not a real date (DDMMYY)";
        }
        if (kk.endsWith("0000")) {
            return "KK number serial 0000 is invalid (serials start at 0001)";
        }
        return null;
    }
}
