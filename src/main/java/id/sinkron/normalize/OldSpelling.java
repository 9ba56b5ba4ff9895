package id.sinkron.normalize;

/**
 * One name word from the spellings used before 1972 (Van Ophuijsen and Soewandi, Dutch-based) to the Ejaan yang
 * Disempurnakan (EYD): OE→U, DJ→J, TJ→C, SJ→SY, CH→KH (a word starting CHR is KR, as in KRISTINA; FACHRUDDIN is FAKHRUDDIN), NJ→NY.
 *
 * <p>The old J was a Y, but a J in today's spelling is a J, and the letter alone cannot tell which spelling a word
 * was written in. So J becomes Y only in a word that shows an old-spelling marker of its own (OE, DJ, TJ, SJ):
 * DJOJO is JOYO and SOEJONO is SUYONO, while JOKO and JAJANG stay. The marker is looked for in the word, not in the
 * whole name, because people keep the old spelling of one part of their name only ("JOKO SOETRISNO": JOKO is
 * written the new way, else it would read DJOKO). A Dutch IE is an I in a marked word (TJIE: CI). NJ is NY at the
 * start of a word (NJOMAN) or in a marked word; elsewhere it is today's N+J (PANJI, ANJAR, SANJAYA). CH is not a
 * marker: CHANDRA and MICHAEL are written that way today. A word in today's spelling comes back unchanged, and so
 * does every word this returns.
 */
final class OldSpelling {

    private OldSpelling() {}

    /** The word in EYD spelling; {@code word} is upper-case letters. */
    static String toEyd(String word) {
        // a pass can join letters into a new marker (DDJOJO: DJOYO), so repeat until nothing changes; every pass
        // that changes something shortens the word or removes a J or a CH, so this ends
        String eyd = word;
        for (String previous = null; !eyd.equals(previous); ) {
            previous = eyd;
            eyd = pass(eyd);
        }
        return eyd;
    }

    private static String pass(String word) {
        boolean old = isMarked(word);
        if (!old && word.indexOf('C') < 0 && !word.startsWith("NJ")) {
            return word;
        }
        int length = word.length();
        StringBuilder eyd = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            char next = i + 1 < length ? word.charAt(i + 1) : 0;
            if (c == 'O' && next == 'E') {
                eyd.append('U');
                i++;
            } else if (c == 'D' && next == 'J') {
                eyd.append('J');
                i++;
            } else if (c == 'T' && next == 'J') {
                eyd.append('C');
                // TJH (TJHIN) is an aspirated C: CIN, not a C followed by an H that a second pass reads as KH
                i += i + 2 < length && word.charAt(i + 2) == 'H' ? 2 : 1;
            } else if ((c == 'S' || c == 'N') && next == 'J' && (c == 'S' || i == 0 || old)) {
                eyd.append(c).append('Y');
                i++;
            } else if (c == 'C' && next == 'H') {
                boolean cr = i == 0 && length > 2 && word.charAt(2) == 'R';
                eyd.append(cr ? "K" : "KH");
                i++;
            } else if (c == 'J' && old) {
                eyd.append('Y');
            } else if (c == 'I' && next == 'E' && old) {
                eyd.append('I');
                i++;
            } else {
                eyd.append(c);
            }
        }
        return eyd.toString();
    }

    /** Whether the word shows a spelling that only the old orthography has. */
    static boolean isMarked(String word) {
        for (int i = 0; i + 1 < word.length(); i++) {
            char c = word.charAt(i);
            char next = word.charAt(i + 1);
            if ((c == 'O' && next == 'E') || (next == 'J' && (c == 'D' || c == 'T' || c == 'S'))) {
                return true;
            }
        }
        return false;
    }
}
