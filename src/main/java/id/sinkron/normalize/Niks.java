package id.sinkron.normalize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Nomor Induk Kependudukan, the 16-digit national identity number: PPKKCC DDMMYY SSSS — the district that
 * issued it (province, regency 01–69 kabupaten or 71–99 kota, district 01–99), the birth date (women add 40 to
 * the day) and a serial other than 0000.
 *
 * <p>A NIK never changes, even when the birth date on record is corrected later, so a NIK that disagrees with
 * the recorded birth date or sex is {@linkplain #warnings warned about}, never refused. Missing is normal: null or
 * blank is not a problem and parses to null.
 */
public final class Niks {

    private static final DateTimeFormatter DD_MM_YY = DateTimeFormatter.ofPattern("dd-MM-uu", Locale.ROOT);

    private Niks() {}

    /**
     * Trimmed, with spaces, dots, dashes and a leading apostrophe or quote (Excel's text marker) removed; null for
     * blank. Does not validate.
     */
    public static String clean(String raw) {
        return SixteenDigits.clean(raw);
    }

    /** {@link #problem(String, LocalDate)} as of today. */
    public static String problem(String nik) {
        return problem(nik, LocalDate.now());
    }

    /**
     * Why {@code nik} is not a valid NIK, in words an administrator can act on, or null when it is valid or
     * missing. {@code nik} is checked as given: {@link #clean} it first.
     *
     * @param today the birth date must not be after it; it also chooses the century (20YY unless that is later
     *     than today, else 19YY)
     */
    public static String problem(String nik, LocalDate today) {
        if (nik == null || nik.isBlank()) {
            return null;
        }
        String structure = SixteenDigits.structureProblem("NIK", nik);
        if (structure != null) {
            return structure;
        }
        LocalDate birthDate = birthDate(nik, today);
        if (birthDate == null) {
            return "NIK birth date part " + nik.substring(6, 12) + " is not a real date (DDMMYY; women add 40 to the day, so 41-71)";
        }
        if (birthDate.isAfter(today)) {
            return "NIK birth date part " + nik.substring(6, 12) + " would be " + birthDate + ", which is in the future";
        }
        if (nik.endsWith("0000")) {
            return "NIK serial 0000 is invalid (serials start at 0001)";
        }
        return null;
    }

    /** {@link #parse(String, LocalDate)} as of today. */
    public static NikInfo parse(String nik) {
        return parse(nik, LocalDate.now());
    }

    /**
     * The parts of a valid NIK; null when it is missing (null or blank); IllegalArgumentException with the
     * {@link #problem} otherwise.
     */
    public static NikInfo parse(String nik, LocalDate today) {
        String problem = problem(nik, today);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (nik == null || nik.isBlank()) {
            return null;
        }
        Sex sex = SixteenDigits.day(nik) > 40 ? Sex.P : Sex.L;
        return new NikInfo(nik, nik.substring(0, 2), nik.substring(0, 4), nik.substring(0, 6), birthDate(nik, today), sex,
                nik.substring(12));
    }

    /**
     * The ways the recorded birth date and sex disagree with what the NIK encodes, as warnings to show beside an
     * accepted record. The NIK has no century, so only day, month and the last two digits of the year are
     * compared. Empty when they agree, or when {@code nik}, {@code birthDate} or {@code sex} is null.
     */
    public static List<String> warnings(NikInfo nik, LocalDate birthDate, Sex sex) {
        if (nik == null) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>(2);
        if (birthDate != null && !DD_MM_YY.format(birthDate).equals(DD_MM_YY.format(nik.birthDate()))) {
            warnings.add("birth date " + birthDate + " does not match the NIK, which encodes " + DD_MM_YY.format(nik.birthDate())
                    + " (DD-MM-YY); the NIK is kept as issued");
        }
        if (sex != null && sex != nik.sex()) {
            String how = nik.sex() == Sex.P ? " (40 added to the birth day)" : " (no 40 added to the birth day)";
            warnings.add("sex " + sex + " does not match the NIK, which encodes " + nik.sex() + how + "; the NIK is kept as issued");
        }
        return List.copyOf(warnings);
    }

    /** Days 41-71 are a woman's 1-31; 32-40 and 72 up are no day at all. */
    private static LocalDate birthDate(String nik, LocalDate today) {
        int day = SixteenDigits.day(nik);
        return SixteenDigits.date(day > 40 ? day - 40 : day, SixteenDigits.month(nik), SixteenDigits.yy(nik), today);
    }
}
