package id.sinkron.region;

/**
 * An address as agencies write it, to be resolved to a village. Any part may be missing (null or blank) and
 * may carry its prefix ("Ds. Beran", "Kec. Blora", "Kab. Blora", "Kota Semarang") and noise of case and
 * punctuation.
 *
 * @param villageName desa or kelurahan
 * @param districtName kecamatan
 * @param regencyName kabupaten or kota
 * @param villageCode a code given with the names, in the dotted form: a real village code is the answer itself;
 *     an unknown one still narrows the search to its district when no district or regency is named
 */
public record AddressNames(String villageName, String districtName, String regencyName, String villageCode) {}
