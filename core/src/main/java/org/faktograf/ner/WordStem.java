package org.faktograf.ner;

/**
 * A crude inflection-insensitive key of a word: lower case, ё as е, with one common Russian
 * ending removed (Москвы, Москве, Москвой → москв). Good enough to match the forms of a name
 * against a list; not a lemmatizer.
 */
public final class WordStem {
    private static final String[] ENDINGS = {
        "иями", "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ью",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ов", "ев", "ом", "ем",
        "ам", "ям", "ах", "ях", "ым", "им", "ой", "ию", "ия", "ии",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"
    };
    private static final int MIN_STEM = 3;

    private WordStem() {
    }

    /** The length of the stem of {@code s[from, to)}. */
    public static int stemEnd(CharSequence s, int from, int to) {
        int len = to - from;
        if (len <= MIN_STEM + 1) {
            return to;
        }
        for (String ending : ENDINGS) {
            int el = ending.length();
            if (len - el < MIN_STEM) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < el; k++) {
                if (FeatureHash.fold(s.charAt(to - el + k)) != ending.charAt(k)) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return to - el;
            }
        }
        return to;
    }

    /** Fingerprint of the stem of a word. */
    public static long key(CharSequence s) {
        return key(s, 0, s.length());
    }

    public static long key(CharSequence s, int from, int to) {
        int end = stemEnd(s, from, to);
        return FeatureHash.finish(FeatureHash.mixLower(FeatureHash.start(0x5732), s, from, end));
    }
}
