package id.sinkron.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * A JSON array of objects, read one element at a time, so an array of millions of records goes through in
 * constant memory. Each element is cut out of the stream by bracket depth (outside strings) and then parsed
 * strictly on its own ({@link JsonRows}): Jackson's parser cannot resume after a syntax error, and cutting first
 * keeps one broken element from taking the rest of the array with it. The element's text is its rejection's
 * payload; its record number is its position in the array, from 1. An element longer than
 * {@link RowReader#MAX_LINE_CHARS} is rejected with its first {@link RowReader#KEPT_CHARS} characters. An
 * element whose brackets do not balance swallows the elements after it until they do (they are all in its
 * rejection), as an unterminated quote does in CSV.
 */
final class JsonArrayRowReader extends RowReader {

    private final Reader in;
    // read through a buffer of our own: a call to Reader.read() per character is several times slower
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private final Charset charset;
    private final StringBuilder text = new StringBuilder();
    private int elementNo;
    private boolean started;
    private boolean ended;
    private String afterArray;

    JsonArrayRowReader(InputStream input, Charset charset) {
        // never decode leniently: bytes not valid in the charset fail the run instead of becoming replacement characters
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.in = new InputStreamReader(input, decoder);
        this.charset = charset;
    }

    @Override
    SourceRow readRow() throws IOException {
        try {
            if (!started) {
                start();
            }
            if (!ended) {
                int end = readElement();
                boolean blank = text.toString().isBlank();
                if (end == -1) {
                    ended = true;
                    return SourceRow.unreadable(++elementNo, kept(), "the array ends in the middle of this element (the file is cut short)");
                }
                if (end == ']') {
                    ended = true;
                    trailing();
                    if (blank) {
                        // "[]", or a comma before ']': no record there
                        return afterArray();
                    }
                }
                elementNo++;
                if (blank) {
                    return SourceRow.unreadable(elementNo, "", "empty array element (two commas in a row)");
                }
                if (text.length() > MAX_LINE_CHARS) {
                    return SourceRow.unreadable(elementNo, kept(), "element longer than " + MAX_LINE_CHARS + " characters");
                }
                return JsonRows.row(elementNo, text.toString().strip(), "a JSON object is expected as each array element",
                        "more than one JSON value in the element (a comma is missing between two objects)");
            }
            return afterArray();
        } catch (CharacterCodingException e) {
            throw new UnreadableInput("the JSON is not valid " + charset.name() + " (in element " + (elementNo + 1) + ")");
        }
    }

    /** Text after the array, once, as a rejection; then the end. */
    private SourceRow afterArray() {
        if (afterArray == null) {
            return null;
        }
        String after = afterArray;
        afterArray = null;
        return SourceRow.unreadable(++elementNo, after, "text after the end of the array: one array of objects is expected");
    }

    private void start() throws IOException {
        started = true;
        int c = skipWhitespace();
        if (c == '\uFEFF') {
            c = skipWhitespace();
        }
        if (c != '[') {
            throw new UnreadableInput(c == -1 ? "the JSON is empty: an array of objects is expected"
                    : "a JSON array of objects is expected, but the input starts with '" + (char) c + "'");
        }
    }

    /**
     * Reads the next element's text into {@link #text} (at most {@code MAX_LINE_CHARS + 1} characters of it) up
     * to the ',' or ']' that ends it at depth 0; returns that character, or -1 at the end of the input.
     */
    private int readElement() throws IOException {
        text.setLength(0);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int c;
        while ((c = read()) != -1) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || (c == ']' && depth > 0)) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ']')) {
                return c;
            }
            if (text.length() <= MAX_LINE_CHARS) {
                text.append((char) c);
            }
        }
        return -1;
    }

    /** Only whitespace may follow the array; anything else (records silently ignored otherwise) becomes a rejection. */
    private void trailing() throws IOException {
        int c = skipWhitespace();
        if (c != -1) {
            StringBuilder after = new StringBuilder().append((char) c);
            while (after.length() < KEPT_CHARS && (c = read()) != -1) {
                after.append((char) c);
            }
            afterArray = after.toString().strip();
        }
    }

    private int skipWhitespace() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\t' || c == '\r' || c == '\n');
        return c;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private String kept() {
        return text.substring(0, Math.min(text.length(), KEPT_CHARS)).strip();
    }

    @Override
    String position() {
        return "element " + elementNo;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
