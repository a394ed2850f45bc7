package org.faktograf.ner;

import java.util.Arrays;

/**
 * The feature fingerprints of a token sequence, stored flat: token {@code i} owns
 * {@code data[start(i), end(i))}. Reused across documents so extraction allocates only when a
 * document is larger than any before it.
 */
public final class FeatureBuffer {
    private long[] data = new long[1024];
    private int[] starts = new int[65];
    private int[] cores = new int[65];
    private int size;
    private int tokens;

    public void clear() {
        size = 0;
        tokens = 0;
        starts[0] = 0;
        cores[0] = -1;
    }

    public void add(long fingerprint) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = fingerprint;
    }

    /** Closes the current token; the next {@link #add} calls belong to the next one. */
    public void endToken() {
        if (tokens + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            cores = Arrays.copyOf(cores, cores.length * 2);
        }
        if (cores[tokens] < starts[tokens]) {
            cores[tokens] = size; // no core marked: all features are core
        }
        starts[++tokens] = size;
        cores[tokens] = -1;
    }

    /** Marks the features of the current token added so far as its core features. */
    public void markCore() {
        cores[tokens] = size;
    }

    /** End of a token's core features (see {@link #markCore}). */
    public int coreEnd(int token) {
        return cores[token];
    }

    public int tokenCount() {
        return tokens;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return starts[token + 1];
    }

    /** The number of fingerprints of all tokens. */
    public int size() {
        return size;
    }

    public long get(int index) {
        return data[index];
    }

    /** A copy of one token's fingerprints. */
    public long[] token(int token) {
        return Arrays.copyOfRange(data, starts[token], starts[token + 1]);
    }
}
