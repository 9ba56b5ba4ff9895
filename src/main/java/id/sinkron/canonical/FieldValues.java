package id.sinkron.canonical;

import java.util.EnumSet;
import java.util.Set;

/** What survivorship measures of one golden value: how complete it is, and what it agrees with. */
final class FieldValues {

    /** Free text, where more letters and digits say more: names, places, address, region names. */
    private static final Set<PersonField> TEXT = EnumSet.of(PersonField.FULL_NAME, PersonField.BIRTH_PLACE, PersonField.MOTHER_NAME,
            PersonField.ADDRESS, PersonField.VILLAGE_NAME, PersonField.DISTRICT_NAME, PersonField.REGENCY_NAME);

    private FieldValues() {}

    /**
     * How informative a value of {@code field} is: for free text the number of letters and digits, so punctuation and
     * spacing count for nothing ("JL. MERPATI" = "JL MERPATI") while a word written out beats its initial; for a field
     * of a fixed format 1, since a valid NIK, date or code is no more complete than another.
     */
    static int completeness(PersonField field, Object value) {
        if (!TEXT.contains(field) || !(value instanceof String text)) {
            return 1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The form in which two values agree: text in upper case, its words of letters and digits joined by one space. */
    static Object comparable(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(Character.toUpperCase(cp));
                gap = false;
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
