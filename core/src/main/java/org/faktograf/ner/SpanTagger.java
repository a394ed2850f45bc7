package org.faktograf.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A linear-chain tagger over BIO labels of a set of span types: emission weights per feature and
 * label, a first-order transition matrix, and Viterbi decoding that only allows I-x after B-x or
 * I-x. Label 0 is O; type t has B = 1 + 2t and I = 2 + 2t. Immutable and thread-safe.
 */
public final class SpanTagger {
    private final String[] types;
    private final FeatureWeights weights;
    private final float[] transitions; // [(labels + 1) * labels]; row `labels` is the start state
    private final int labels;

    public SpanTagger(String[] types, FeatureWeights weights, float[] transitions) {
        this.types = types.clone();
        this.labels = labelCount(types.length);
        if (transitions.length != (labels + 1) * labels) {
            throw new IllegalArgumentException("transition matrix does not fit the labels");
        }
        this.weights = weights;
        this.transitions = transitions.clone();
    }

    public static int labelCount(int typeCount) {
        return 1 + 2 * typeCount;
    }

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static int inside(int type) {
        return 2 + 2 * type;
    }

    /** The type of a label, or -1 for O. */
    public static int typeOf(int label) {
        return label == 0 ? -1 : (label - 1) / 2;
    }

    public static boolean isBegin(int label) {
        return label != 0 && (label - 1) % 2 == 0;
    }

    /** Whether label {@code cur} may follow {@code prev} ({@code prev} = -1 at the start). */
    public static boolean allowed(int prev, int cur) {
        if (cur == 0 || isBegin(cur)) {
            return true;
        }
        return prev > 0 && typeOf(prev) == typeOf(cur);
    }

    public String[] types() {
        return types.clone();
    }

    public String type(int index) {
        return types[index];
    }

    public int typeIndex(String type) {
        for (int i = 0; i < types.length; i++) {
            if (types[i].equals(type)) {
                return i;
            }
        }
        return -1;
    }

    public int labelCount() {
        return labels;
    }

    public FeatureWeights weights() {
        return weights;
    }

    /** Per-thread scratch space for decoding, grown on demand. */
    public static final class Workspace {
        float[] emissions = new float[0];
        float[] delta = new float[0];
        int[] back = new int[0];

        void ensure(int tokens, int labels) {
            int need = tokens * labels;
            if (emissions.length < need) {
                int size = Math.max(need, emissions.length * 2);
                emissions = new float[size];
                delta = new float[size];
                back = new int[size];
            }
        }
    }

    /**
     * Labels tokens {@code [from, to)} of {@code features}; writes one label per token to
     * {@code out[0, to - from)}.
     */
    public void decode(FeatureBuffer features, int from, int to, int[] out, Workspace ws) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        ws.ensure(n, labels);
        float[] emit = ws.emissions;
        Arrays.fill(emit, 0, n * labels, 0f);
        for (int i = 0; i < n; i++) {
            int base = i * labels;
            for (int k = features.start(from + i), end = features.end(from + i); k < end; k++) {
                weights.addTo(features.get(k), emit, base);
            }
        }
        viterbi(emit, n, labels, transitions, out, ws.delta, ws.back);
    }

    /**
     * First-order Viterbi over {@code emit[i * labels + y]} with {@code trans[(prev) * labels + y]}
     * (prev = {@code labels} for the start), honouring {@link #allowed}.
     */
    public static void viterbi(float[] emit, int n, int labels, float[] trans, int[] out, float[] delta, int[] back) {
        for (int y = 0; y < labels; y++) {
            delta[y] = allowed(-1, y) ? emit[y] + trans[labels * labels + y] : Float.NEGATIVE_INFINITY;
            back[y] = -1;
        }
        for (int i = 1; i < n; i++) {
            int prevBase = (i - 1) * labels;
            int base = i * labels;
            for (int y = 0; y < labels; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (y == 0 || isBegin(y)) {
                    for (int p = 0; p < labels; p++) {
                        float s = delta[prevBase + p] + trans[p * labels + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                } else {
                    int b = y - 1; // B of the same type
                    float sb = delta[prevBase + b] + trans[b * labels + y];
                    float si = delta[prevBase + y] + trans[y * labels + y];
                    if (sb >= si) {
                        best = sb;
                        arg = b;
                    } else {
                        best = si;
                        arg = y;
                    }
                }
                delta[base + y] = best + emit[base + y];
                back[base + y] = arg;
            }
        }
        int last = (n - 1) * labels;
        int arg = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            if (delta[last + y] > best) {
                best = delta[last + y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * labels + arg];
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(types.length);
        for (String t : types) {
            out.writeUTF(t);
        }
        for (float t : transitions) {
            out.writeFloat(t);
        }
        weights.write(out);
    }

    public static SpanTagger read(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] types = new String[n];
        for (int i = 0; i < n; i++) {
            types[i] = in.readUTF();
        }
        int labels = labelCount(n);
        float[] trans = new float[(labels + 1) * labels];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        return new SpanTagger(types, FeatureWeights.read(in), trans);
    }
}
