package org.faktograf.formats.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Guesses whether some bytes are JSON Lines, HTML or plain text from how they begin. */
public final class FormatSniffer {
    /** How many leading bytes the sniffer looks at. */
    public static final int SAMPLE_BYTES = 8192;

    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|article|div|p|h1|h2|br|span|a|table|section)[\\s>/]");

    private FormatSniffer() {
    }

    /**
     * TEXT, HTML or JSONL for an input's first bytes; {@code whole} tells that they are the
     * whole input (so a first line without a line end is complete).
     */
    public static InputFormat sniff(byte[] bytes, int length, boolean whole) {
        int n = Math.min(length, SAMPLE_BYTES);
        Charset bom = TextDecoder.byteOrderMark(bytes, n);
        // For the structure characters looked at, any ASCII-compatible reading will do.
        String s = new String(bytes, 0, n, bom != null ? bom : StandardCharsets.UTF_8);
        s = s.replace("\uFEFF", "").stripLeading();
        if (s.startsWith("{")) {
            int eol = s.indexOf('\n');
            String first = eol < 0 ? s : s.substring(0, eol);
            if (JsonLinesReader.startsLikeJsonObject(first, eol >= 0 || (whole && length <= SAMPLE_BYTES))) {
                return InputFormat.JSONL;
            }
        }
        if (s.startsWith("<")) {
            String head = s.substring(0, Math.min(s.length(), 2048)).toLowerCase(Locale.ROOT);
            if (HTML_TAG.matcher(head).find()) {
                return InputFormat.HTML;
            }
        }
        return InputFormat.TEXT;
    }
}
