package org.faktograf.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Word clusters learned from unannotated text (Brown clustering over the corpora's texts): each
 * known word has a path in a binary merge tree; prefixes of the path are coarser clusters and are
 * used as features. A cluster is encoded as a long: the path bits in the low 48 bits, the path
 * length in the top byte; 0 means unknown.
 */
public final class WordClusters {
    static final int[] PREFIX_LENGTHS = {4, 8, 12, 20};
    private static final int LENGTH_SHIFT = 56;

    private final LongIntMap index; // word fingerprint -> position in paths
    private final long[] paths;

    private WordClusters(LongIntMap index, long[] paths) {
        this.index = index;
        this.paths = paths;
    }

    public static WordClusters empty() {
        return new WordClusters(new LongIntMap(16), new long[0]);
    }

    /** The fingerprint a word is looked up by: lower case, ё as е. */
    public static long wordKey(CharSequence word) {
        return FeatureHash.finish(FeatureHash.mixLower(FeatureHash.start(0x0C1), word));
    }

    /** Encodes a path given as a string of 0 and 1 (at most 48 characters). */
    public static long encode(String bits) {
        int len = Math.min(48, bits.length());
        long v = 0;
        for (int i = 0; i < len; i++) {
            v = (v << 1) | (bits.charAt(i) == '1' ? 1 : 0);
        }
        return v | ((long) len << LENGTH_SHIFT) | (1L << 55);
    }

    public long cluster(CharSequence word) {
        int i = index.get(wordKey(word), -1);
        return i < 0 ? 0 : paths[i];
    }

    /** The first {@code len} bits of a path (the whole path when shorter), as a feature value. */
    static long prefix(long cluster, int len) {
        if (cluster == 0) {
            return -1;
        }
        int full = (int) (cluster >>> LENGTH_SHIFT);
        long bits = cluster & ((1L << 48) - 1);
        if (full <= len) {
            return bits | ((long) full << LENGTH_SHIFT);
        }
        return (bits >>> (full - len)) | ((long) len << LENGTH_SHIFT);
    }

    public int size() {
        return paths.length;
    }

    public static final class Builder {
        private final LongIntMap index = new LongIntMap(1 << 14);
        private long[] paths = new long[1024];
        private int size;

        public void add(String word, String bits) {
            long key = wordKey(word);
            if (index.get(key, -1) >= 0) {
                return;
            }
            if (size == paths.length) {
                paths = java.util.Arrays.copyOf(paths, size * 2);
            }
            paths[size] = encode(bits);
            index.put(key, size++);
        }

        public WordClusters build() {
            return new WordClusters(index, java.util.Arrays.copyOf(paths, size));
        }
    }

    public void write(DataOutputStream out) throws IOException {
        long[] keys = index.sortedKeys();
        out.writeInt(keys.length);
        for (long k : keys) {
            out.writeLong(k);
            out.writeLong(paths[index.get(k, 0)]);
        }
    }

    public static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        LongIntMap index = new LongIntMap(n);
        long[] paths = new long[n];
        for (int i = 0; i < n; i++) {
            index.put(in.readLong(), i);
            paths[i] = in.readLong();
        }
        return new WordClusters(index, paths);
    }
}
