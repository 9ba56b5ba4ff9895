package id.sinkron.normalize;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a valid NIK encodes; made by {@link Niks#parse}.
 *
 * @param nik the 16 digits
 * @param provinceCode 2 digits (PP)
 * @param regencyCode 4 digits, province and regency (PPKK)
 * @param districtCode 6 digits, province, regency and district (PPKKCC) where the NIK was issued
 * @param birthDate the date part; the NIK has no century, so it is the latest one that is not in the future
 * @param sex {@link Sex#P} when 40 was added to the day
 * @param serial the last 4 digits
 */
public record NikInfo(String nik, String provinceCode, String regencyCode, String districtCode, LocalDate birthDate, Sex sex,
        String serial) {

    public NikInfo {
        requireDigits(nik, 16, "nik");
        requireDigits(provinceCode, 2, "provinceCode");
        requireDigits(regencyCode, 4, "regencyCode");
        requireDigits(districtCode, 6, "districtCode");
        requireDigits(serial, 4, "serial");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }

    private static void requireDigits(String value, int length, String name) {
        if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(name + " must be " + length + " digits");
        }
    }
}
