package org.faktograf.ner;

import java.util.Arrays;

/** An open-addressing map from long keys to int values, for fingerprint lookups without boxing. */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    public int get(long key, int absent) {
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return absent;
    }

    public void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    /** Adds one to the value of {@code key} (0 when absent). */
    public void increment(long key) {
        put(key, get(key, 0) + 1);
    }

    /** ORs {@code bits} into the value of {@code key} (0 when absent). */
    void or(long key, int bits) {
        put(key, get(key, 0) | bits);
    }

    void clear() {
        if (size > 0) {
            java.util.Arrays.fill(used, false);
            size = 0;
        }
    }

    int size() {
        return size;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Keys in ascending order, for a deterministic serialisation. */
    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                out[n++] = keys[i];
            }
        }
        Arrays.sort(out);
        return out;
    }
}
