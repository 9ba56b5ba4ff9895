package id.sinkron.normalize;

import java.time.LocalDate;

/**
 * What a valid NIK encodes.
 *
 * @param provinceCode 2 digits
 * @param regencyCode 4 digits (province + regency)
 * @param districtCode 6 digits (province + regency + district)
 * @param birthDate the date part, the century chosen so it is not in the future
 * @param sex P when 40 was added to the day
 * @param serial the last 4 digits
 */
public record NikInfo(String nik, String provinceCode, String regencyCode, String districtCode, LocalDate birthDate, Sex sex, String serial) {}
