package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Lines split on bytes, then decoded one by one with a strict decoder: a line with bytes that are not valid in
 * the charset is reported unreadable on its own, and the next line is read as usual. Only the bytes a line may
 * need are held, so a line of any length costs bounded memory.
 */
final class ByteLines implements LineInput {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final int maxChars;
    private final int keptChars;
    /** A line of more bytes than this has more than {@code maxChars} characters whatever it holds. */
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private byte[] line = new byte[1 << 10];
    private int length;
    private long lineBytes;
    private CharBuffer chars = CharBuffer.allocate(1 << 10);
    private int lineNo;

    ByteLines(InputStream in, Charset charset, int maxChars, int keptChars) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxChars = maxChars;
        this.keptChars = keptChars;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, (long) Math.ceil(charset.newEncoder().maxBytesPerChar()) * maxChars);
    }

    @Override
    public Line next() throws IOException {
        length = 0;
        lineBytes = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            keep(start, position - start);
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                break;
            }
        }
        lineNo++;
        return decode();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** Holds the line's bytes up to {@code maxBytes}; beyond that it is only counted. */
    private void keep(int from, int count) {
        lineBytes += count;
        int room = maxBytes - length;
        int kept = Math.min(count, Math.max(room, 0));
        if (kept == 0) {
            return;
        }
        if (length + kept > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max((long) line.length * 2, length + kept)));
        }
        System.arraycopy(buffer, from, line, length, kept);
        length += kept;
    }

    private Line decode() {
        if (lineBytes > maxBytes) {
            return tooLong();
        }
        decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        int needed = (int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1;
        if (chars.capacity() < needed) {
            chars = CharBuffer.allocate(Math.max(needed, chars.capacity() * 2));
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int at = bytes.position();
            return Line.unreadable(lineNo, firstLine(new String(line, 0, length, charset)), String.format(
                    "not valid %s (byte 0x%02X at byte %d of the line; the payload shows it as U+FFFD)",
                    charset.name(), line[at], at + 1));
        }
        chars.flip();
        if (chars.length() > maxChars) {
            return tooLong();
        }
        return Line.of(lineNo, firstLine(chars.toString()));
    }

    private Line tooLong() {
        String start = new String(line, 0, Math.min(length, keptChars * 4), charset);
        String kept = start.length() > keptChars ? start.substring(0, keptChars) : start;
        return Line.unreadable(lineNo, firstLine(kept) + " … [truncated: the line has " + lineBytes + " bytes]",
                LineInput.tooLong(maxChars));
    }

    /** The first line loses a UTF-8 byte-order mark, as Excel writes one. */
    private String firstLine(String text) {
        return lineNo == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
