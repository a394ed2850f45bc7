package org.faktograf.model;

/**
 * Converts between Java {@code String} indices (UTF-16 units, used inside the program) and Unicode
 * code point offsets (used in every output and in the shared data). For a text without
 * supplementary characters both are the same and no table is built.
 */
public final class TextOffsets {
    private final int[] charToCodePoint; // null when the text has no surrogate pairs
    private final int[] codePointToChar;
    private final int length;

    private TextOffsets(int[] charToCodePoint, int[] codePointToChar, int length) {
        this.charToCodePoint = charToCodePoint;
        this.codePointToChar = codePointToChar;
        this.length = length;
    }

    public static TextOffsets of(String text) {
        int n = text.length();
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return new TextOffsets(null, null, n);
        }
        int[] c2p = new int[n + 1];
        int[] p2c = new int[text.codePointCount(0, n) + 1];
        int cp = 0;
        for (int i = 0; i < n; ) {
            int width = Character.charCount(text.codePointAt(i));
            p2c[cp] = i;
            for (int k = 0; k < width; k++) {
                c2p[i + k] = cp;
            }
            i += width;
            cp++;
        }
        c2p[n] = cp;
        p2c[cp] = n;
        return new TextOffsets(c2p, p2c, n);
    }

    /** Code point offset of a UTF-16 index (0 to length inclusive). */
    public int toCodePoint(int charIndex) {
        return charToCodePoint == null ? charIndex : charToCodePoint[charIndex];
    }

    /** UTF-16 index of a code point offset (0 to code point count inclusive). */
    public int toChar(int codePoint) {
        return codePointToChar == null ? codePoint : codePointToChar[codePoint];
    }

    /** Length of the text in UTF-16 units. */
    public int length() {
        return length;
    }

    public boolean isIdentity() {
        return charToCodePoint == null;
    }
}
