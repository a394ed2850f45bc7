package org.faktograf.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The weights of a linear model, sparse over labels: each feature fingerprint maps to the few
 * labels it has a weight for. Lookup is an open-addressing table of fingerprints; the weights are
 * stored compressed-row style, labels as bytes and weights as floats. Immutable and thread-safe.
 */
public final class FeatureWeights {
    private final long[] fingerprints; // by feature index
    private final int[] offsets;       // feature f owns [offsets[f], offsets[f + 1])
    private final byte[] labels;
    private final float[] weights;
    private final long[] slotKeys;
    private final int[] slotFeature;
    private final int mask;

    public FeatureWeights(long[] fingerprints, int[] offsets, byte[] labels, float[] weights) {
        if (offsets.length != fingerprints.length + 1 || labels.length != weights.length
                || offsets[fingerprints.length] != labels.length) {
            throw new IllegalArgumentException("inconsistent feature weight arrays");
        }
        this.fingerprints = fingerprints;
        this.offsets = offsets;
        this.labels = labels;
        this.weights = weights;
        int capacity = Integer.highestOneBit(Math.max(16, fingerprints.length * 2 - 1)) << 1;
        this.slotKeys = new long[capacity];
        this.slotFeature = new int[capacity];
        this.mask = capacity - 1;
        for (int f = 0; f < fingerprints.length; f++) {
            long key = nonZero(fingerprints[f]);
            int slot = (int) key & mask;
            while (slotKeys[slot] != 0) {
                if (slotKeys[slot] == key) {
                    throw new IllegalArgumentException("duplicate feature fingerprint");
                }
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = key;
            slotFeature[slot] = f;
        }
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key;
    }

    /** The feature index of a fingerprint, or -1. */
    public int find(long fingerprint) {
        long key = nonZero(fingerprint);
        int slot = (int) key & mask;
        while (true) {
            long k = slotKeys[slot];
            if (k == key) {
                return slotFeature[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Adds the weights of one feature to {@code scores[base + label]}. */
    public void addTo(long fingerprint, float[] scores, int base) {
        int f = find(fingerprint);
        if (f < 0) {
            return;
        }
        for (int k = offsets[f], end = offsets[f + 1]; k < end; k++) {
            scores[base + (labels[k] & 0xff)] += weights[k];
        }
    }

    public int featureCount() {
        return fingerprints.length;
    }

    public int weightCount() {
        return weights.length;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(fingerprints.length);
        out.writeInt(weights.length);
        for (long fp : fingerprints) {
            out.writeLong(fp);
        }
        for (int f = 0; f < fingerprints.length; f++) {
            out.writeByte(offsets[f + 1] - offsets[f]);
        }
        out.write(labels);
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    public static FeatureWeights read(DataInputStream in) throws IOException {
        int features = in.readInt();
        int pairs = in.readInt();
        long[] fps = new long[features];
        for (int f = 0; f < features; f++) {
            fps[f] = in.readLong();
        }
        int[] offsets = new int[features + 1];
        for (int f = 0; f < features; f++) {
            offsets[f + 1] = offsets[f] + (in.readByte() & 0xff);
        }
        byte[] labels = new byte[pairs];
        in.readFully(labels);
        float[] weights = new float[pairs];
        for (int k = 0; k < pairs; k++) {
            weights[k] = in.readFloat();
        }
        return new FeatureWeights(fps, offsets, labels, weights);
    }
}
