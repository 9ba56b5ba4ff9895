package id.sinkron.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers to E.164 with Google's libphonenumber; numbers without a country code are Indonesian. */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {}

    /** {@code +62…}; null for blank; IllegalArgumentException for a number that cannot exist. */
    public static String toE164(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s().-]", "");
        if (digits.startsWith("62") && !digits.startsWith("+")) {
            digits = "+" + digits;
        }
        try {
            PhoneNumber number = UTIL.parse(digits, "ID");
            if (!UTIL.isValidNumber(number)) {
                throw new IllegalArgumentException("'" + text + "' is not a valid phone number");
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a phone number");
        }
    }
}
