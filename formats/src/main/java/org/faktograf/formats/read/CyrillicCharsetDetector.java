package org.faktograf.formats.read;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Tells Windows-1251 from KOI8-R for bytes that are not UTF-8. Each candidate decoding is scored
 * as a Russian text: the log-likelihood of its letters under Russian letter frequencies, of its
 * letter case given the previous character (capitals start words, rarely follow a small letter),
 * and a penalty for characters that Russian prose does not use (box drawing, control and Latin-1
 * symbols). A wrong decoding of one as the other swaps case and scrambles the letters, so the true
 * one wins even on a few words.
 */
public final class CyrillicCharsetDetector {
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    public static final Charset KOI8_R = Charset.forName("KOI8-R");

    /** Candidates in order of preference when scores tie. */
    private static final List<Charset> CANDIDATES = List.of(WINDOWS_1251, KOI8_R);

    /** Enough text for a confident decision; the rest is not scored. */
    private static final int SAMPLE_BYTES = 64 * 1024;

    /**
     * Russian letter frequencies in percent, а to я (Russian National Corpus counts, as published
     * by O. Lyashevskaya and S. Sharov); ё is scored as е.
     */
    private static final double[] LETTER_PERCENT = {
        8.01, 1.59, 4.54, 1.70, 2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49, 4.40, 3.21, 6.70, 10.97, 2.81,
        4.73, 5.47, 6.26, 2.62, 0.26, 0.97, 0.48, 1.44, 0.73, 0.36, 0.04, 1.90, 1.74, 0.32, 0.64, 2.01
    };
    private static final double[] LOG_LETTER = new double[LETTER_PERCENT.length];

    static {
        for (int i = 0; i < LETTER_PERCENT.length; i++) {
            LOG_LETTER[i] = Math.log(LETTER_PERCENT[i] / 100);
        }
    }

    private static final double LOG_CAPITAL_AT_WORD_START = Math.log(0.15);
    private static final double LOG_SMALL_AT_WORD_START = Math.log(0.85);
    private static final double LOG_CAPITAL_AFTER_SMALL = Math.log(0.005);
    private static final double LOG_SMALL_AFTER_SMALL = Math.log(0.995);
    private static final double LOG_CAPITAL_AFTER_CAPITAL = Math.log(0.3);
    private static final double LOG_SMALL_AFTER_CAPITAL = Math.log(0.7);
    private static final double LOG_FOREIGN_SYMBOL = Math.log(1e-4);

    private CyrillicCharsetDetector() {
    }

    /** The most plausible single-byte Cyrillic encoding of the bytes. */
    public static Charset mostLikely(byte[] bytes, int length) {
        int n = Math.min(length, SAMPLE_BYTES);
        Charset best = CANDIDATES.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Charset c : CANDIDATES) {
            double s = score(decodeLeniently(c, bytes, n));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /** Log-likelihood of a text as Russian prose; higher is more plausible. */
    static double score(CharSequence text) {
        double s = 0;
        char prev = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int letter = letterIndex(c);
            if (letter >= 0) {
                s += LOG_LETTER[letter];
                boolean capital = Character.isUpperCase(c);
                if (letterIndex(prev) < 0) {
                    s += capital ? LOG_CAPITAL_AT_WORD_START : LOG_SMALL_AT_WORD_START;
                } else if (Character.isUpperCase(prev)) {
                    s += capital ? LOG_CAPITAL_AFTER_CAPITAL : LOG_SMALL_AFTER_CAPITAL;
                } else {
                    s += capital ? LOG_CAPITAL_AFTER_SMALL : LOG_SMALL_AFTER_SMALL;
                }
            } else if (c >= 0x80 && !isCommonInRussianText(c)) {
                s += LOG_FOREIGN_SYMBOL;
            }
            prev = c;
        }
        return s;
    }

    /** 0..31 for а..я in either case (ё as е), else -1. */
    private static int letterIndex(char c) {
        if (c >= 'А' && c <= 'Я') {
            return c - 'А';
        }
        if (c >= 'а' && c <= 'я') {
            return c - 'а';
        }
        if (c == 'ё' || c == 'Ё') {
            return 'е' - 'а';
        }
        return -1;
    }

    private static boolean isCommonInRussianText(char c) {
        return switch (c) {
            case '«', '»', '—', '–', '…', '№', '“', '”', '„', '‘', '’', '\u00A0', '•', '°', '±', '€', '©', '·' -> true;
            default -> false;
        };
    }

    private static String decodeLeniently(Charset charset, byte[] bytes, int length) {
        CharsetDecoder d = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }
}
