package id.sinkron.region;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Kemendagri region.
 *
 * @param code the dotted code, e.g. {@code 33.16.09.1006}
 * @param name as Kemendagri writes it: regencies carry "Kabupaten " or "Kota ", the other levels no prefix
 * @param level follows from the code
 * @param parent the code one level up; null for a province
 */
public record Region(String code, String name, RegionLevel level, String parent) {

    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    public Region {
        Objects.requireNonNull(name, "name");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("region code '" + code + "' is not of the form PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD");
        }
        if (level != RegionLevel.ofCode(code) || !Objects.equals(parent, parentOf(code))) {
            throw new IllegalArgumentException("region " + code + " must have level " + RegionLevel.ofCode(code) + " and parent " + parentOf(code));
        }
    }

    /** A region whose level and parent follow from its code. */
    public static Region of(String code, String name) {
        return new Region(code, name, RegionLevel.ofCode(code), parentOf(code));
    }

    private static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
