package id.sinkron.normalize;

import java.util.Comparator;
import java.util.List;

/**
 * The Indonesian phonetic code behind {@link NameKeys#phonetic}: the spelling rules, one pass each, repeated until
 * the code no longer changes, so a code is its own code.
 *
 * <p>Vowels are kept, unlike Soundex and Metaphone: Indonesian names are short and built of open syllables, and
 * their vowels are what tells RINI, RANI, RENI and RONI apart. What merges are the letters that the old spelling,
 * Arabic transliteration and regional pronunciation write differently for one sound.
 */
final class Phonetic {

    private Phonetic() {}

    static String code(String letters) {
        String code = letters;
        for (String previous = null; !code.equals(previous); ) {
            previous = code;
            code = collapse(ending(schwa(vowels(semivowels(collapse(consonants(code)))))));
        }
        return code;
    }

    /**
     * Spellings of one sound: the old spelling (OE, DJ, TJ, SJ), Arabic sounds written with digraphs (KH, CH, SY, SH,
     * TS, TH, DH, DZ, GH) and loan letters (Q, X, F, V, PH). Tried longest first at each position.
     */
    private static final List<Sound> SOUNDS = List.of(
            new Sound("TJH", "C"), new Sound("TJ", "C"), new Sound("OE", "U"),
            // Jusuf and Yusuf: J is the old spelling's Y, and no letter tells which spelling a word is in
            new Sound("DJ", "Y"), new Sound("J", "Y"),
            // SY before a vowel is one sound (SYAIFUL: SAIFUL); SUSY ends in the vowel I
            new Sound("SJ", "S", Context.BEFORE_VOWEL), new Sound("SY", "S", Context.BEFORE_VOWEL), new Sound("SH", "S"), new Sound("TS", "S"),
            // Achmad, Akhmad and Ahmad; Chairul, Khairul and Hairul: the Arabic kha is written each way; CHRISTINA is KRISTINA
            new Sound("CHR", "KR", Context.AT_START), new Sound("CH", "H"), new Sound("KH", "H"),
            new Sound("TH", "T"), new Sound("DH", "D"), new Sound("DZ", "Z"), new Sound("GH", "G"), new Sound("CK", "K"), new Sound("Q", "K"),
            // Yusuf and Yusup, Fatimah and Patimah (Sundanese has no F), Vina and Fina
            new Sound("PH", "P"), new Sound("F", "P"), new Sound("V", "P"), new Sound("X", "KS"));

    /** The sounds by the letter they start with, longest spelling first. */
    private static final Sound[][] BY_LETTER = byLetter();

    enum Context {
        ANYWHERE, BEFORE_VOWEL, AT_START
    }

    record Sound(String spelling, String sound, Context context) {

        Sound(String spelling, String sound) {
            this(spelling, sound, Context.ANYWHERE);
        }

        boolean matches(String s, int at) {
            if (!s.startsWith(spelling, at)) {
                return false;
            }
            int after = at + spelling.length();
            return switch (context) {
                case ANYWHERE -> true;
                case BEFORE_VOWEL -> after < s.length() && isVowel(s.charAt(after));
                case AT_START -> at == 0;
            };
        }
    }

    private static Sound[][] byLetter() {
        Sound[][] byLetter = new Sound[26][];
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            char first = letter;
            byLetter[letter - 'A'] = SOUNDS.stream().filter(sound -> sound.spelling().charAt(0) == first)
                    .sorted(Comparator.comparingInt((Sound sound) -> sound.spelling().length()).reversed()).toArray(Sound[]::new);
        }
        return byLetter;
    }

    /** Each spelling of a sound in {@link #SOUNDS} as that sound. */
    static String consonants(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            Sound found = null;
            if (c >= 'A' && c <= 'Z') {
                for (Sound sound : BY_LETTER[c - 'A']) {
                    if (sound.matches(s, i)) {
                        found = sound;
                        break;
                    }
                }
            }
            if (found == null) {
                out.append(c);
                i++;
            } else {
                out.append(found.sound());
                i += found.spelling().length();
            }
        }
        return out.toString();
    }

    /**
     * Y and W are vowels I and U except before a vowel (DEWY: DEWI, TAWFIK: TAUFIK), and vanish as a glide between
     * the same vowel and another (SUPRIYADI: SUPRIADI, SUWARNO: SUARNO).
     */
    static String semivowels(String s) {
        // Y first, so the W of DEWY sees the vowel the Y becomes
        return glide(glide(s, 'Y', 'I'), 'W', 'U');
    }

    private static String glide(String s, char glide, char vowel) {
        if (s.indexOf(glide) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != glide) {
                out.append(c);
            } else if (i + 1 == n || !isVowel(s.charAt(i + 1))) {
                out.append(vowel);
            } else if (i == 0 || s.charAt(i - 1) != vowel) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** AE and OI are the diphthong AI (ZAENAL: ZAINAL, KHOIRUL: KHAIRUL). */
    static String vowels(String s) {
        if (s.indexOf('E') < 0 && s.indexOf('O') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i + 1 < out.length(); i++) {
            char c = out.charAt(i);
            if (out.charAt(i + 1) == (c == 'A' ? 'E' : c == 'O' ? 'I' : 0)) {
                out.setCharAt(i, 'A');
                out.setCharAt(i + 1, 'I');
            }
        }
        return out.toString();
    }

    /** A Javanese schwa before L or R in the first syllable comes and goes: SELAMET and SLAMET, SERI and SRI. */
    static String schwa(String s) {
        boolean drop = s.length() > 3 && !isVowel(s.charAt(0)) && s.charAt(1) == 'E' && (s.charAt(2) == 'L' || s.charAt(2) == 'R')
                && isVowel(s.charAt(3));
        return drop ? s.charAt(0) + s.substring(2) : s;
    }

    /**
     * The ending: a final H after a vowel is silent (FATIMAH: FATIMA, ABDULLAH: ABDULLA); the Arabic article's vowel
     * is written either way (ZAINUL: ZAINAL); a final O is a Javanese reading of A (SUTRISNO: SUTRISNA, SAIFULLOH:
     * SAIFULLAH); a final D or B is said, and often written, T or P (RAHMAD: RAHMAT, AYUB: AYUP).
     */
    static String ending(String s) {
        int n = s.length();
        if (n > 1 && s.charAt(n - 1) == 'H' && isVowel(s.charAt(n - 2))) {
            s = s.substring(0, --n);
        }
        if (n > 3 && s.charAt(n - 2) == 'U' && s.charAt(n - 1) == 'L' && !isVowel(s.charAt(n - 3))) {
            s = s.substring(0, n - 2) + "AL";
        }
        if (n > 1) {
            char last = s.charAt(n - 1);
            char said = last == 'O' ? 'A' : last == 'D' ? 'T' : last == 'B' ? 'P' : last;
            s = said == last ? s : s.substring(0, n - 1) + said;
        }
        return s;
    }

    /** A doubled letter is one sound: MUHAMMAD and MUHAMAD, ABDULLAH and ABDULAH. */
    static String collapse(String s) {
        StringBuilder out = null;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == s.charAt(i - 1)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(s.charAt(i));
            }
        }
        return out == null ? s : out.toString();
    }

    static boolean isVowel(char c) {
        return c == 'A' || c == 'I' || c == 'U' || c == 'E' || c == 'O';
    }
}
