package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Lines decoded as one stream, for charsets whose lines cannot be split on bytes (UTF-16). Bytes that are not
 * valid in the charset fail the run: past them there is no telling where the next character starts.
 */
final class CharLines implements LineInput {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final Charset charset;
    private final int maxChars;
    private final int keptChars;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private final StringBuilder line = new StringBuilder();
    private long lineChars;
    private int lineNo;

    CharLines(InputStream in, Charset charset, int maxChars, int keptChars) {
        this.in = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        this.charset = charset;
        this.maxChars = maxChars;
        this.keptChars = keptChars;
    }

    @Override
    public Line next() throws IOException {
        line.setLength(0);
        lineChars = 0;
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
            lineChars += position - start;
            int room = maxChars - line.length();
            line.append(buffer, start, Math.min(position - start, Math.max(room, 0)));
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                break;
            }
        }
        lineNo++;
        if (lineNo == 1 && line.length() > 0 && line.charAt(0) == BYTE_ORDER_MARK) {
            line.deleteCharAt(0);
            lineChars--;
        }
        if (lineChars > maxChars) {
            return Line.unreadable(lineNo, line.substring(0, Math.min(keptChars, line.length()))
                    + " … [truncated: the line has " + lineChars + " characters]", LineInput.tooLong(maxChars));
        }
        return Line.of(lineNo, line.toString());
    }

    private boolean fill() throws IOException {
        int n;
        try {
            n = in.read(buffer);
        } catch (CharacterCodingException e) {
            throw new UnreadableInput("the input is not valid " + charset.name() + " after line " + lineNo
                    + ": invalid bytes in this charset end the run, since the lines after them cannot be found");
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
