package org.faktograf.ner;

/**
 * 64-bit fingerprints of feature strings, computed from the characters without building the
 * strings, so the hot path allocates nothing. A fingerprint starts from a template id and mixes in
 * characters and numbers; {@link #finish} spreads the bits. The function is fixed: the trained
 * model stores fingerprints, so changing it invalidates the model.
 */
public final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    public static long start(int template) {
        return mix(OFFSET, template);
    }

    public static long mix(long h, int value) {
        h = (h ^ (value & 0xffff)) * PRIME;
        h = (h ^ (value >>> 16)) * PRIME;
        return h;
    }

    public static long mixChar(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** Mixes characters {@code [from, to)} of {@code s}, lower-cased and with ё read as е. */
    public static long mixLower(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ fold(s.charAt(i))) * PRIME;
        }
        return (h ^ 0x1f) * PRIME; // terminator, so adjacent strings do not run together
    }

    /** Mixes characters {@code [from, to)} of {@code s} as they are. */
    public static long mixExact(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return (h ^ 0x1f) * PRIME;
    }

    public static long mixLower(long h, CharSequence s) {
        return mixLower(h, s, 0, s.length());
    }

    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Lower case, ё as е: the one character normalisation of all word features. */
    public static char fold(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }
}
