package id.sinkron.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Nomor Kartu Keluarga: 16 digits, PPKKCC DDMMYY SSSS — district code, issue date, serial. It changes when a
 * family changes, so it is evidence for matching and never a key.
 */
public final class KkNumbers {

    private KkNumbers() {}

    /** Separators removed; null for blank. Does not validate. */
    public static String clean(String raw) {
        return Niks.clean(raw);
    }

    /** Why {@code kk} is not a valid KK number, or null when it is. */
    public static String problem(String kk) {
        if (kk == null || !kk.matches("\\d{16}")) {
            return "KK number must be exactly 16 digits";
        }
        String region = Regions.districtProblem(kk.substring(0, 6));
        if (region != null) {
            return "KK number " + region;
        }
        try {
            LocalDate.of(2000 + Integer.parseInt(kk.substring(10, 12)), Integer.parseInt(kk.substring(8, 10)), Integer.parseInt(kk.substring(6, 8)));
        } catch (DateTimeException e) {
            try {
                LocalDate.of(1900 + Integer.parseInt(kk.substring(10, 12)), Integer.parseInt(kk.substring(8, 10)), Integer.parseInt(kk.substring(6, 8)));
            } catch (DateTimeException again) {
                return "KK number date part " + kk.substring(6, 12) + " is not a real date (DDMMYY)";
            }
        }
        if (kk.endsWith("0000")) {
            return "KK number serial 0000 is invalid";
        }
        return null;
    }
}
