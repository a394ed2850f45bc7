package org.faktograf.formats.read;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param format   the format of every input, or {@link InputFormat#AUTO} to decide per file
 * @param maxChars longest text accepted for one document, in characters; longer ones are refused
 * @param encoding the encoding of text and HTML files, or {@code null} to detect it
 * @param include  glob that files found in directories must match by name ({@code *.txt}), or {@code null} for all
 */
public record ReadOptions(InputFormat format, long maxChars, Charset encoding, String include) {
    /**
     * About 10 MB of Russian in UTF-8, a long book; news articles are a thousand times smaller. A
     * document this long makes about a million tokens, whose analysis fits in a default heap even
     * with several documents in flight.
     */
    public static final long DEFAULT_MAX_CHARS = 5_000_000;

    public ReadOptions {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, DEFAULT_MAX_CHARS, null, null);
    }

    /**
     * Most bytes a text within {@link #maxChars} can take: four per character (UTF-8's longest
     * sequence); a bigger file is refused unread.
     */
    public long maxBytes() {
        return Math.min(Integer.MAX_VALUE - 16, maxChars * 4);
    }
}
