package org.faktograf.formats.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: a byte-order mark decides (UTF-8, UTF-16LE,
 * UTF-16BE) and is dropped; otherwise valid UTF-8 is UTF-8, and anything else is Windows-1251 or
 * KOI8-R as {@link CyrillicCharsetDetector} finds. Line ends are kept as they are, so offsets into
 * the result match the decoded file.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    /** Decodes the first {@code length} bytes, detecting the encoding. */
    public static DecodedText decode(byte[] bytes, int length) throws NotTextException {
        return decode(bytes, length, null);
    }

    /** Decodes with {@code forced} when not {@code null}, else detects the encoding. */
    public static DecodedText decode(byte[] bytes, int length, Charset forced) throws NotTextException {
        Charset bom = byteOrderMark(bytes, length);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            String text = decodeStrictly(bom, bytes, skip, length - skip);
            if (text == null) {
                throw new NotTextException("not valid " + bom.name() + " after its byte-order mark");
            }
            return checked(new DecodedText(text, bom));
        }
        if (containsNul(bytes, length)) {
            throw new NotTextException("binary file (NUL bytes)");
        }
        if (forced != null) {
            String text = decodeStrictly(forced, bytes, 0, length);
            if (text == null) {
                throw new NotTextException("not valid " + forced.name());
            }
            return checked(new DecodedText(text, forced));
        }
        String utf8 = decodeStrictly(StandardCharsets.UTF_8, bytes, 0, length);
        if (utf8 != null) {
            return checked(new DecodedText(utf8, StandardCharsets.UTF_8));
        }
        Charset cyrillic = CyrillicCharsetDetector.mostLikely(bytes, length);
        String text = decodeStrictly(cyrillic, bytes, 0, length);
        if (text == null) {
            throw new NotTextException("not text: bytes undecodable as UTF-8, Windows-1251 or KOI8-R");
        }
        return checked(new DecodedText(text, cyrillic));
    }

    /** The encoding a byte-order mark at the start announces, or {@code null}. */
    static Charset byteOrderMark(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean containsNul(byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decodeStrictly(Charset charset, byte[] bytes, int offset, int length) {
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Rejects decodings full of control characters: text files have a stray one at most (a form
     * feed, a DOS end-of-file mark), binary data has many.
     */
    private static DecodedText checked(DecodedText d) throws NotTextException {
        String t = d.text();
        int controls = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F
                    || (c >= 0x80 && c <= 0x9F) || c == '\uFFFD' || c == 0) {
                controls++;
            }
        }
        if (controls > 2 && controls * 50L > t.length()) {
            throw new NotTextException("not text: " + controls + " control characters");
        }
        return d;
    }
}
