package org.faktograf.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The weights of all taggers of a model in one table, so a feature is looked up once and gives
 * the weights of every tagger. A column is a tagger's label shifted by the tagger's first column.
 * Each feature owns a block of runs: a run is a first column, a length and that many weights of
 * consecutive columns (short gaps filled with zeros), so adding a feature's weights to a row is a
 * few contiguous loops the JIT vectorises. Weights too small to matter are left out, and the rest
 * are kept as 16-bit multiples of one step (the largest weight / 32,767): half the memory of floats,
 * and the recognizer spends most of its time waiting for these weights to come from memory. The lookup is
 * an open-addressing table of 8-byte slots; a feature's block starts with its length, so a slot
 * needs only where the block starts. Immutable and thread-safe.
 */
public final class FeatureTable {
    private static final int MAX_GAP = 3;

    private static final int SLOT = 2; // ints a slot: check (high half of the fingerprint), where the feature's block starts

    private final int[] slots;
    private final long[] keys;    // fingerprints, sorted, in feature order
    private final int[] offsets;  // feature f owns offsets[f + 1] - offsets[f] values of data from starts[f] + 1
    private final int[] starts;   // where feature f's block lies in data: its length, then its runs
    private final int mask;
    private final short[] data;   // per feature: the length of its runs, then runs: column, length, weights...
    private final float step;     // a weight is its value in data times step
    // counted on first use, not at load: the count is for reports and training, and start-up is short
    private volatile int entries = -1;

    /**
     * {@code fingerprints} are distinct and sorted; feature f owns {@code data[offsets[f], offsets[f + 1])}, runs
     * whose weights are multiples of {@code step}.
     */
    private FeatureTable(long[] fingerprints, int[] offsets, short[] data, float step) {
        this.keys = fingerprints;
        this.step = step;
        this.offsets = offsets;
        // the features with the most weights first: they are the frequent ones (training updates
        // them most), and packed together they share cache lines and pages instead of lying
        // scattered over the whole array in fingerprint order
        int n = fingerprints.length;
        long[] order = new long[n];
        for (int f = 0; f < n; f++) {
            order[f] = ((long) (Integer.MAX_VALUE - (offsets[f + 1] - offsets[f])) << 32) | f;
        }
        Arrays.sort(order);
        this.starts = new int[n];
        short[] packed = new short[offsets[n] + n];
        int at = 0;
        for (long o : order) {
            int f = (int) o;
            int len = offsets[f + 1] - offsets[f];
            starts[f] = at;
            packed[at] = (short) len; // a block is at most a few hundred values (checked in quantize)
            System.arraycopy(data, offsets[f], packed, at + 1, len);
            at += len + 1;
        }
        this.data = packed;
        // a slot holds the check and where the feature's block starts, so a look-up touches one slot
        // and then the block, whose first value is its length: half the memory of a slot that also
        // held the end, and the table is read from memory on every token. The slot index comes from
        // the low bits of the fingerprint and the high half is checked, so a false match needs ~50
        // equal bits. Filled to between 3/8 and 3/4: eight slots share a cache line.
        int capacity = Integer.highestOneBit(Math.max(16, fingerprints.length * 4 / 3)) << 1;
        this.mask = capacity - 1;
        this.slots = new int[capacity * SLOT];
        for (int f = 0; f < fingerprints.length; f++) {
            int slot = (int) fingerprints[f] & mask;
            while (slots[SLOT * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[SLOT * slot] = check(fingerprints[f]);
            slots[SLOT * slot + 1] = starts[f];
        }
    }

    private int countEntries() {
        int weights = 0;
        for (int f = 0; f < keys.length; f++) {
            for (int k = starts[f] + 1, end = k + offsets[f + 1] - offsets[f]; k < end; ) {
                int len = data[k + 1];
                for (int j = 0; j < len; j++) {
                    weights += data[k + 2 + j] != 0 ? 1 : 0;
                }
                k += 2 + len;
            }
        }
        return weights;
    }

    private static int check(long fingerprint) {
        int c = (int) (fingerprint >>> 32);
        return c == 0 ? 1 : c;
    }

    /** The feature index of a fingerprint (its rank among the fingerprints), or -1. */
    public int find(long fingerprint) {
        int f = Arrays.binarySearch(keys, fingerprint); // keys are sorted: a feature's index is its rank
        return f < 0 ? -1 : f;
    }

    /** The first int of the fingerprint's slot, or -1. */
    private int slotOf(long fingerprint) {
        int check = check(fingerprint);
        int slot = (int) fingerprint & mask;
        while (true) {
            int k = slots[SLOT * slot];
            if (k == check) {
                return SLOT * slot;
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Looks up fingerprints {@code [from, to)} of {@code features} and writes where each one's
     * weights lie to {@code out[2 * (k - from)]} (start, -1 when absent) and the next int (end).
     * All look-ups first, then all additions: the independent fetches overlap in memory instead
     * of waiting one after the other.
     */
    void locate(FeatureBuffer features, int from, int to, int[] out) {
        int[] sl = slots;
        short[] d = data;
        for (int k = from, j = 0; k < to; k++, j += 2) {
            int s = slotOf(features.get(k));
            if (s < 0) {
                out[j] = -1;
            } else {
                // reading the length now also fetches the block's first weights, for all features at once
                int start = sl[s + 1];
                out[j] = start + 1;
                out[j + 1] = start + 1 + d[start];
            }
        }
    }

    /** Adds every weight of a feature to {@code row[base + column]}. */
    public void addAll(long fingerprint, float[] row, int base) {
        int s = slotOf(fingerprint);
        if (s >= 0) {
            int start = slots[s + 1];
            addWeights(start + 1, start + 1 + data[start], row, base);
        }
    }

    /** Adds the weights at {@code data[k, end)} (from {@link #locate}) to {@code row[base + column]}. */
    void addWeights(int k, int end, float[] row, int base) {
        short[] d = data;
        float s = step;
        while (k < end) {
            int at = base + d[k];
            int len = d[k + 1];
            k += 2;
            for (int j = 0; j < len; j++) {
                row[at + j] += d[k + j] * s;
            }
            k += len;
        }
    }

    /** Adds the weights of columns {@code [from, to)} to {@code row[base + column - from]}. */
    public void addRange(long fingerprint, float[] row, int base, int from, int to) {
        int s = slotOf(fingerprint);
        if (s >= 0) {
            int start = slots[s + 1];
            addWeights(start + 1, start + 1 + data[start], row, base, from, to);
        }
    }

    /** As {@link #addRange}, for the weights at {@code data[k, end)} (from {@link #locate}). */
    void addWeights(int k, int end, float[] row, int base, int from, int to) {
        short[] d = data;
        float s = step;
        while (k < end) {
            int c = d[k];
            int len = d[k + 1];
            k += 2;
            int lo = Math.max(c, from);
            int hi = Math.min(c + len, to);
            for (int col = lo; col < hi; col++) {
                row[base + col - from] += d[k + col - c] * s;
            }
            k += len;
        }
    }

    public int featureCount() {
        return keys.length;
    }

    /** The number of nonzero weights. */
    public int entryCount() {
        int e = entries;
        if (e < 0) {
            e = countEntries();
            entries = e;
        }
        return e;
    }

    /** The weights of columns {@code [from, from + labels)} as one tagger's weights (labels from 0). */
    public TaggerWeights extract(String[] types, int from, float[] transitions) {
        int labels = SpanTagger.labelCount(types.length);
        long[] fps = new long[keys.length];
        int[] outOffsets = new int[keys.length + 1];
        int entries = entryCount();
        byte[] lab = new byte[entries];
        float[] w = new float[entries];
        int f = 0;
        int m = 0;
        for (int i = 0; i < keys.length; i++) {
            int k = starts[i] + 1;
            int end = k + offsets[i + 1] - offsets[i];
            int before = m;
            while (k < end) {
                int c = data[k];
                int len = data[k + 1];
                for (int j = 0; j < len; j++) {
                    int label = c + j - from;
                    short v = data[k + 2 + j];
                    if (label >= 0 && label < labels && v != 0) {
                        lab[m] = (byte) label;
                        w[m++] = v * step;
                    }
                }
                k += 2 + len;
            }
            if (m > before) {
                fps[f] = keys[i];
                outOffsets[++f] = m;
            }
        }
        return new TaggerWeights(types, Arrays.copyOf(fps, f), Arrays.copyOf(outOffsets, f + 1), Arrays.copyOf(lab, m),
                Arrays.copyOf(w, m), transitions);
    }

    /**
     * Merges taggers' weights; tagger i's labels become columns {@code firstColumns[i] + label}.
     * Weights smaller than {@code minAbs} in magnitude are left out.
     */
    public static FeatureTable merge(List<TaggerWeights> taggers, int[] firstColumns, int columns, float minAbs) {
        LongIntMap index = new LongIntMap(1 << 16);
        for (TaggerWeights t : taggers) {
            for (int f = 0; f < t.fingerprints().length; f++) {
                for (int k = t.offsets()[f]; k < t.offsets()[f + 1]; k++) {
                    if (keep(t.weights()[k], minAbs)) {
                        index.put(t.fingerprints()[f], 0);
                    }
                }
            }
        }
        long[] fps = index.sortedKeys(); // sorted: the same taggers give the same table
        for (int f = 0; f < fps.length; f++) {
            index.put(fps[f], f);
        }
        // dense rows per feature, filled tagger by tagger, then written as runs
        int[] firstEntry = new int[fps.length + 1];
        int[] counts = new int[fps.length];
        for (TaggerWeights t : taggers) {
            for (int f = 0; f < t.fingerprints().length; f++) {
                int g = index.get(t.fingerprints()[f], -1);
                if (g >= 0) {
                    counts[g] += t.offsets()[f + 1] - t.offsets()[f];
                }
            }
        }
        for (int g = 0; g < fps.length; g++) {
            firstEntry[g + 1] = firstEntry[g] + counts[g];
        }
        int[] fill = Arrays.copyOf(firstEntry, fps.length);
        short[] cols = new short[firstEntry[fps.length]];
        float[] vals = new float[firstEntry[fps.length]];
        for (int i = 0; i < taggers.size(); i++) {
            TaggerWeights t = taggers.get(i);
            for (int f = 0; f < t.fingerprints().length; f++) {
                int g = index.get(t.fingerprints()[f], -1);
                if (g < 0) {
                    continue;
                }
                for (int k = t.offsets()[f]; k < t.offsets()[f + 1]; k++) {
                    if (keep(t.weights()[k], minAbs)) {
                        cols[fill[g]] = (short) (firstColumns[i] + (t.labels()[k] & 0xff));
                        vals[fill[g]++] = t.weights()[k];
                    }
                }
            }
        }
        float[] dense = new float[columns];
        boolean[] set = new boolean[columns];
        float[] data = new float[1024];
        int size = 0;
        int[] offsets = new int[fps.length + 1];
        for (int g = 0; g < fps.length; g++) {
            Arrays.fill(dense, 0f);
            Arrays.fill(set, false);
            for (int k = firstEntry[g]; k < fill[g]; k++) {
                dense[cols[k]] = vals[k];
                set[cols[k]] = true;
            }
            int c = 0;
            while (c < columns) {
                if (!set[c]) {
                    c++;
                    continue;
                }
                int runEnd = c + 1;
                int last = c;
                while (runEnd < columns && runEnd - last <= MAX_GAP) {
                    if (set[runEnd]) {
                        last = runEnd;
                    }
                    runEnd++;
                }
                int len = last - c + 1;
                if (size + len + 2 > data.length) {
                    data = Arrays.copyOf(data, Math.max(data.length * 2, size + len + 2));
                }
                data[size++] = c;
                data[size++] = len;
                System.arraycopy(dense, c, data, size, len);
                size += len;
                c = last + 1;
            }
            offsets[g + 1] = size;
        }
        return quantize(fps, offsets, Arrays.copyOf(data, size));
    }

    /** A table of runs of float weights, each weight rounded to the nearest multiple of the step. */
    private static FeatureTable quantize(long[] fps, int[] offsets, float[] data) {
        float max = 0;
        for (int f = 0; f < fps.length; f++) {
            if (offsets[f + 1] - offsets[f] > Short.MAX_VALUE) {
                throw new IllegalArgumentException("a feature's weights take " + (offsets[f + 1] - offsets[f])
                        + " values, more than a block holds");
            }
            for (int k = offsets[f]; k < offsets[f + 1]; ) {
                int len = (int) data[k + 1];
                for (int j = 0; j < len; j++) {
                    max = Math.max(max, Math.abs(data[k + 2 + j]));
                }
                k += 2 + len;
            }
        }
        float step = max == 0 ? 1f : max / Short.MAX_VALUE;
        short[] q = new short[data.length];
        for (int f = 0; f < fps.length; f++) {
            for (int k = offsets[f]; k < offsets[f + 1]; ) {
                int len = (int) data[k + 1];
                q[k] = (short) data[k];
                q[k + 1] = (short) len;
                for (int j = 0; j < len; j++) {
                    q[k + 2 + j] = (short) Math.round(data[k + 2 + j] / step);
                }
                k += 2 + len;
            }
        }
        return new FeatureTable(fps, offsets, q, step);
    }

    private static boolean keep(float w, float minAbs) {
        return w != 0 && Math.abs(w) >= minAbs;
    }

    public void write(DataOutputStream out) throws IOException {
        int size = offsets[keys.length];
        out.writeInt(keys.length);
        out.writeInt(size);
        out.writeFloat(step);
        ByteBuffer buf = ByteBuffer.allocate(keys.length * 10 + size * 2);
        for (int f = 0; f < keys.length; f++) {
            buf.putLong(keys[f]);
            buf.putShort((short) (offsets[f + 1] - offsets[f]));
        }
        java.nio.ShortBuffer values = buf.asShortBuffer();
        for (int f = 0; f < keys.length; f++) {
            values.put(data, starts[f] + 1, offsets[f + 1] - offsets[f]); // in fingerprint order, as read
        }
        out.write(buf.array(), 0, keys.length * 10 + size * 2);
    }

    public static FeatureTable read(DataInputStream in) throws IOException {
        int n = in.readInt();
        int size = in.readInt();
        float step = in.readFloat();
        byte[] bytes = new byte[n * 10 + size * 2];
        in.readFully(bytes);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] fps = new long[n];
        int[] offsets = new int[n + 1];
        for (int f = 0; f < n; f++) {
            fps[f] = buf.getLong();
            offsets[f + 1] = offsets[f] + (buf.getShort() & 0xffff);
        }
        short[] data = new short[size];
        buf.asShortBuffer().get(data);
        return new FeatureTable(fps, offsets, data, step);
    }
}
