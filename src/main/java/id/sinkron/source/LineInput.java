package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Physical lines of a byte stream in a charset, ended by {@code \n}, {@code \r\n} or {@code \r}. Nothing is
 * decoded leniently: a line that is not valid in the charset is never passed on with replacement characters.
 */
interface LineInput extends AutoCloseable {

    /** The next line, null at the end of the input. */
    Line next() throws IOException;

    @Override
    void close() throws IOException;

    /**
     * Lines of {@code input}, each at most {@code maxChars} characters: a longer line comes back unreadable with
     * its first {@code keptChars} characters. Where the charset lets lines be split on bytes (UTF-8 and the
     * single-byte charsets), a line with invalid bytes comes back unreadable and reading goes on; in other
     * charsets (UTF-16) there is no telling where the next line starts, so invalid input fails the whole run.
     */
    static LineInput of(InputStream input, Charset charset, int maxChars, int keptChars) {
        return splitsOnBytes(charset)
                ? new ByteLines(input, charset, maxChars, keptChars)
                : new CharLines(input, charset, maxChars, keptChars);
    }

    /** True when CR and LF are single bytes that never occur inside another character's encoding. */
    static boolean splitsOnBytes(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        if (!charset.canEncode()) {
            return false;
        }
        CharsetEncoder encoder = charset.newEncoder();
        byte[] crlf = "\r\n".getBytes(charset);
        return encoder.maxBytesPerChar() == 1.0f && crlf.length == 2 && crlf[0] == '\r' && crlf[1] == '\n';
    }

    /** The reason of a line over the cap. */
    static String tooLong(int maxChars) {
        return "line longer than " + maxChars + " characters";
    }
}
