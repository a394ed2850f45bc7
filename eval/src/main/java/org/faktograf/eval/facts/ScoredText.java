package org.faktograf.eval.facts;

import java.util.Locale;

/**
 * The string comparison of the factRuEval-2016 scorer: values are lower-cased, trimmed, ё read as
 * е and typographic quotes unified ({@link #normalise}); two values are equal when their
 * Levenshtein distance is at most 2, whatever their length.
 */
final class ScoredText {
    static final int THRESHOLD = 2;

    private ScoredText() {
    }

    /** The scorer's normalisation of a response line or a gold attribute. */
    static String normalise(String s) {
        String r = s.toLowerCase(Locale.ROOT).strip();
        r = r.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"').replace('„', '"');
        r = r.replace('’', '\'').replace('`', '\'');
        return r.replace('ё', 'е');
    }

    /** Lower case, trimmed, ё as е: what the scorer does to gold values when it finalises them. */
    static String finalise(String s) {
        return s.toLowerCase(Locale.ROOT).strip().replace('ё', 'е');
    }

    /** Whether the Levenshtein distance of the two strings (by code points) is at most 2. */
    static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > THRESHOLD) {
            return false;
        }
        if (x.length < y.length) {
            int[] t = x;
            x = y;
            y = t;
        }
        if (y.length == 0) {
            return x.length <= THRESHOLD;
        }
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 0; i < x.length; i++) {
            cur[0] = i + 1;
            int rowMin = cur[0];
            for (int j = 0; j < y.length; j++) {
                cur[j + 1] = Math.min(Math.min(cur[j] + 1, prev[j + 1] + 1), prev[j] + (x[i] == y[j] ? 0 : 1));
                rowMin = Math.min(rowMin, cur[j + 1]);
            }
            if (rowMin > THRESHOLD) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length] <= THRESHOLD;
    }
}
