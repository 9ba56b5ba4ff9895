package id.sinkron.region;

/** The four levels of Kemendagri's administrative regions; the dotted code's form says which one a code is. */
public enum RegionLevel {
    /** Provinsi, {@code PP}. */
    PROVINCE(1, 2),
    /** Kabupaten or kota, {@code PP.KK}. */
    REGENCY(2, 5),
    /** Kecamatan (distrik in Papua), {@code PP.KK.CC}. */
    DISTRICT(3, 8),
    /** Desa, kelurahan or desa adat, {@code PP.KK.CC.DDDD}. */
    VILLAGE(4, 13);

    private final int number;
    private final int codeLength;

    RegionLevel(int number, int codeLength) {
        this.number = number;
        this.codeLength = codeLength;
    }

    /** 1 (province) to 4 (village), as stored in {@code regions.level}. */
    public int number() {
        return number;
    }

    /** The level of a dotted code by its length; IllegalArgumentException for any other length. */
    public static RegionLevel ofCode(String code) {
        for (RegionLevel level : values()) {
            if (level.codeLength == code.length()) {
                return level;
            }
        }
        throw new IllegalArgumentException("region code '" + code + "' is not of the form PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD");
    }
}
