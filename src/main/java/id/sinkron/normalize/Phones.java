package id.sinkron.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 ({@code +6281234567890}) with Google's libphonenumber. A number without a country code
 * is Indonesian ("0812-3456-7890"); "62…" without the plus is Indonesian with its country code. The number must
 * be valid for its region (a real mobile or landline range), not merely the right length.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");

    private Phones() {}

    /** The number in E.164; null for blank; IllegalArgumentException for a number that cannot exist. */
    public static String toE164(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        String number = SEPARATORS.matcher(text).replaceAll("");
        // Spreadsheets drop the plus: 62812… is +62 812…, as national numbers are written with their leading 0;
        // some people write the country code as 0062
        if (number.startsWith("0062")) {
            number = "+" + number.substring(2);
        } else if (number.startsWith("62")) {
            number = "+" + number;
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, "ID");
            if (UTIL.isValidNumber(parsed)) {
                return UTIL.format(parsed, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // no number at all: same answer as a number that cannot exist
        }
        throw new IllegalArgumentException("'" + text + "' is not a valid phone number (expected e.g. 0812-3456-7890 or +62 21 5551234)");
    }
}
