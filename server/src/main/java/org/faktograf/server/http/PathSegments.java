package org.faktograf.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Splitting a raw request path into segments and decoding one segment (UTF-8 percent-encoding). */
final class PathSegments {
    private PathSegments() {
    }

    /** The segments of a raw path ("/a/b%2Fc" → [a, b%2Fc]); "/" has none. */
    static List<String> split(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return List.of();
        }
        String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return List.of(p.split("/", -1));
    }

    /** Percent-decodes a segment as UTF-8; a 400 for a broken escape or bytes that are not UTF-8. */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    throw HttpError.badRequest("broken percent-escape in the path");
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw HttpError.badRequest("broken percent-escape in the path");
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw HttpError.badRequest("the path is not UTF-8");
        }
    }
}
