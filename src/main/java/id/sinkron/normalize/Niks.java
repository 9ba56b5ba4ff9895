package id.sinkron.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Nomor Induk Kependudukan: 16 digits, PPKKCC DDMMYY SSSS — district code, birth date (women add 40 to the day),
 * serial. A NIK never changes, even when the birth date on record is corrected, so disagreement with the
 * birth date or sex on record is a warning, never a reason to refuse the NIK.
 */
public final class Niks {

    private Niks() {}

    /** Separators and an Excel text marker removed; null for blank. Does not validate. */
    public static String clean(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        text = text.replaceAll("[\\s.\\-]", "");
        if (text.startsWith("'") || text.startsWith("`")) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : text;
    }

    public static String problem(String nik) {
        return problem(nik, LocalDate.now());
    }

    /** Why {@code nik} is not a valid NIK, or null when it is. */
    public static String problem(String nik, LocalDate today) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return "NIK must be exactly 16 digits";
        }
        String region = Regions.districtProblem(nik.substring(0, 6));
        if (region != null) {
            return "NIK " + region;
        }
        if (birthDate(nik, today) == null) {
            return "NIK date part " + nik.substring(6, 12) + " is not a real date (DDMMYY, women add 40 to the day)";
        }
        if (nik.endsWith("0000")) {
            return "NIK serial 0000 is invalid";
        }
        return null;
    }

    public static NikInfo parse(String nik) {
        return parse(nik, LocalDate.now());
    }

    /** The parts of a valid NIK; IllegalArgumentException with the {@link #problem} otherwise. */
    public static NikInfo parse(String nik, LocalDate today) {
        String problem = problem(nik, today);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        return new NikInfo(nik, nik.substring(0, 2), nik.substring(0, 4), nik.substring(0, 6), birthDate(nik, today),
                day > 40 ? Sex.P : Sex.L, nik.substring(12));
    }

    /** The ways the NIK disagrees with the birth date and sex on record; empty when they agree or are unknown. */
    public static List<String> warnings(NikInfo nik, LocalDate birthDate, Sex sex) {
        List<String> warnings = new ArrayList<>(2);
        if (birthDate != null && !birthDate.equals(nik.birthDate())
                && !(birthDate.getDayOfMonth() == nik.birthDate().getDayOfMonth()
                        && birthDate.getMonthValue() == nik.birthDate().getMonthValue()
                        && birthDate.getYear() % 100 == nik.birthDate().getYear() % 100)) {
            warnings.add("NIK encodes birth date " + nik.birthDate() + " but the record says " + birthDate);
        }
        if (sex != null && sex != nik.sex()) {
            warnings.add("NIK encodes sex " + nik.sex() + " but the record says " + sex);
        }
        return warnings;
    }

    /** The date part read with the century that keeps it in the past; null when it is no real date. */
    private static LocalDate birthDate(String nik, LocalDate today) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        for (int century : new int[] {2000, 1900}) {
            try {
                LocalDate date = LocalDate.of(century + yy, month, day);
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // Feb 29 may exist in one century and not the other: try the other
            }
        }
        return null;
    }
}
