package org.faktograf.formats.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.faktograf.model.Document;

/**
 * Reads JSON Lines, one article a line: {@code {"id", "title", "text", "date", "url"}}, only
 * {@code text} required, other fields ignored. A line that is not a JSON object, has no text, is
 * not UTF-8 or is too long is reported with its file and line number and skipped; the rest is read.
 * A missing id becomes {@code NAME:LINE}. Lines are read one at a time.
 */
public final class JsonLinesReader implements Iterator<Document>, Closeable {
    /** Shared and thread-safe; strings as long as the size limit allows. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    private static final Pattern OBJECT_START = Pattern.compile("\\{\\s*(\"|})");

    private final InputStream in;
    private final String source;
    private final String name;
    private final long maxChars;
    private final long maxLineBytes;
    private final ReadProblems problems;
    private final byte[] buffer = new byte[65536];
    private int bufferPos;
    private int bufferEnd;
    private byte[] line = new byte[8192];
    private int lineNumber;
    private boolean eof;
    private Document next;

    /**
     * @param in       the stream, closed with this reader
     * @param source   path or "stdin", for messages and the documents' source
     * @param name     file name, for ids of lines without one
     * @param maxChars longest text accepted
     */
    public JsonLinesReader(InputStream in, String source, String name, long maxChars, ReadProblems problems) {
        this.in = in;
        this.source = source;
        this.name = name;
        this.maxChars = maxChars;
        // JSON may escape every character as \\uXXXX: six bytes each.
        this.maxLineBytes = Math.min(Integer.MAX_VALUE - 16, maxChars * 6 + 65536);
        this.problems = problems;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            try {
                next = readLine();
            } catch (IOException e) {
                problems.error(source + ":" + (lineNumber + 1) + ": cannot read (" + IoMessages.reason(e) + ")");
                eof = true;
            }
        }
        return next != null;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document d = next;
        next = null;
        return d;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the string is one complete JSON object and nothing else; for sniffing. */
    static boolean isJsonObject(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when a sample's first line is a JSON object or, when cut short, starts like one. */
    static boolean startsLikeJsonObject(String firstLine, boolean complete) {
        return complete ? isJsonObject(firstLine) : OBJECT_START.matcher(firstLine).lookingAt();
    }

    /** Reads lines until one gives a document; {@code null} at the end of the stream. */
    private Document readLine() throws IOException {
        int length = 0;
        boolean tooLong = false;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (length < maxLineBytes) {
                if (length == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, 2L * line.length));
                }
                line[length++] = (byte) b;
            } else {
                tooLong = true;
            }
        }
        if (b == -1) {
            eof = true;
            if (length == 0 && !tooLong) {
                return null;
            }
        }
        lineNumber++;
        String where = source + ":" + lineNumber;
        if (tooLong) {
            problems.error(where + ": refused: line longer than " + Limits.count(maxLineBytes)
                    + " bytes, over the limit of " + Limits.count(maxChars) + " characters (--max-chars)");
            return null;
        }
        int from = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        if (length > from && line[length - 1] == '\r') {
            length--;
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, from, length - from)).toString();
        } catch (CharacterCodingException e) {
            problems.warning(where + ": not valid UTF-8; line skipped");
            return null;
        }
        if (json.isBlank()) {
            return null;
        }
        return parse(json, where);
    }

    private int read() throws IOException {
        if (bufferPos == bufferEnd) {
            int n = in.read(buffer);
            if (n <= 0) {
                return -1;
            }
            bufferPos = 0;
            bufferEnd = n;
        }
        return buffer[bufferPos++] & 0xFF;
    }

    private Document parse(String json, String where) {
        String id = null;
        String title = null;
        String text = null;
        String date = null;
        String url = null;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.warning(where + ": not a JSON object; line skipped");
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                String scalar = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
                if (value.isStructStart()) {
                    p.skipChildren();
                }
                switch (field) {
                    case "id" -> id = scalar;
                    case "title" -> title = value == JsonToken.VALUE_STRING ? scalar : null;
                    case "text" -> text = value == JsonToken.VALUE_STRING ? scalar : null;
                    case "date" -> date = value == JsonToken.VALUE_STRING ? scalar : null;
                    case "url" -> url = value == JsonToken.VALUE_STRING ? scalar : null;
                    default -> { }
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                problems.warning(where + ": malformed JSON (text after the object); line skipped");
                return null;
            }
        } catch (JsonProcessingException e) {
            problems.warning(where + ": malformed JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "); line skipped");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a string does no I/O
        }
        if (text == null) {
            problems.warning(where + ": no \"text\" string; line skipped");
            return null;
        }
        if (text.length() > maxChars) {
            problems.error(where + ": refused: " + Limits.count(text.length()) + " characters, over the limit of "
                    + Limits.count(maxChars) + " characters (--max-chars)");
            return null;
        }
        if (id == null || id.isBlank()) {
            id = name + ":" + lineNumber;
        }
        return new Document(id, title, text, where, date, url);
    }
}
