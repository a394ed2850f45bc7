package org.faktograf.facts.pattern;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the lemmas the rules name (ё read as е), shared by the whole process, so that a
 * token's readings are looked up once per document and a test of a lemma set is a bit test.
 * Thread-safe: rules may be read while documents are analysed.
 */
final class LemmaNumbers {
    private static final ConcurrentHashMap<String, Integer> NUMBERS = new ConcurrentHashMap<>();

    private LemmaNumbers() {
    }

    /** The number of a lemma (as the rules store it), numbering it if new. */
    static int number(String lemma) {
        Integer n = NUMBERS.get(lemma);
        if (n != null) {
            return n;
        }
        synchronized (NUMBERS) {
            return NUMBERS.computeIfAbsent(lemma, k -> NUMBERS.size());
        }
    }

    /** The number of a lemma, or -1 when no rule names it. */
    static int find(String lemma) {
        Integer n = NUMBERS.get(lemma);
        return n == null ? -1 : n;
    }

    /** The lemmas as a set of bits by number. */
    static long[] bits(Collection<String> lemmas) {
        if (lemmas.isEmpty()) {
            return new long[0];
        }
        int[] numbers = new int[lemmas.size()];
        int max = -1;
        int k = 0;
        for (String l : lemmas) {
            numbers[k] = number(l);
            max = Math.max(max, numbers[k++]);
        }
        long[] bits = new long[(max >>> 6) + 1];
        for (int n : numbers) {
            bits[n >>> 6] |= 1L << n;
        }
        return bits;
    }

    /** Whether lemma number {@code n} (-1: none) is in the set of bits. */
    static boolean contains(long[] bits, int n) {
        return n >= 0 && (n >>> 6) < bits.length && (bits[n >>> 6] & (1L << n)) != 0;
    }
}
