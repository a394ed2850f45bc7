package org.faktograf.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear-chain tagger over BIO labels of a set of span types: its emission weights live in the
 * model's shared {@link FeatureTable} (columns {@code firstColumn} to {@code firstColumn +
 * labelCount()}), its own first-order transition matrix here, and Viterbi decoding that only
 * allows I-x after B-x or I-x. Label 0 is O; type t has B = 1 + 2t and I = 2 + 2t. Immutable and
 * thread-safe.
 */
public final class SpanTagger {
    private final String[] types;
    private final float[] transitions; // [(labels + 1) * labels]; row `labels` is the start state
    private final float[] incoming;    // transposed: [cur * labels + prev], for a cache-friendly inner loop
    private final float[] leastOut;    // per label: its smallest transition into O or a B label
    private final float[] mostOut;     // per label: its largest transition into O or a B label
    private final int labels;
    private final int firstColumn;

    public SpanTagger(String[] types, float[] transitions, int firstColumn) {
        this.types = types.clone();
        this.labels = labelCount(types.length);
        if (transitions.length != (labels + 1) * labels) {
            throw new IllegalArgumentException("transition matrix does not fit the labels");
        }
        this.transitions = transitions.clone();
        this.firstColumn = firstColumn;
        this.incoming = new float[labels * labels];
        for (int p = 0; p < labels; p++) {
            for (int y = 0; y < labels; y++) {
                incoming[y * labels + p] = transitions[p * labels + y];
            }
        }
        this.leastOut = new float[labels];
        this.mostOut = new float[labels];
        outBounds(transitions, labels, leastOut, mostOut);
    }

    /** Each label's smallest and largest transition into the labels that any label may precede (O, B-x). */
    private static void outBounds(float[] trans, int labels, float[] least, float[] most) {
        for (int p = 0; p < labels; p++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < labels; y++) {
                if (y == 0 || isBegin(y)) {
                    lo = Math.min(lo, trans[p * labels + y]);
                    hi = Math.max(hi, trans[p * labels + y]);
                }
            }
            least[p] = lo;
            most[p] = hi;
        }
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

    public int labelCount() {
        return labels;
    }

    /** The column of label 0 in the feature table. */
    public int firstColumn() {
        return firstColumn;
    }

    float[] transitions() {
        return transitions;
    }

    /** Per-thread scratch space for decoding, grown on demand. */
    public static final class Workspace {
        float[] emissions = new float[0];
        float[] delta = new float[0];
        int[] back = new int[0];
        int[] active = new int[0];

        /** Room for {@code tokens * labels} emission scores; returns the emission array. */
        public float[] ensure(int tokens, int labels) {
            int need = tokens * labels;
            if (emissions.length < need) {
                int size = Math.max(need, emissions.length * 2);
                emissions = new float[size];
                delta = new float[size];
                back = new int[size];
            }
            if (active.length < labels) {
                active = new int[labels];
            }
            return emissions;
        }

        public float[] emissions() {
            return emissions;
        }
    }

    /** Decodes {@code n} tokens whose emission scores are in {@code ws.emissions()} ({@code n * labelCount()}). */
    public void decode(int n, int[] out, Workspace ws) {
        if (n > 0) {
            viterbi(ws.emissions, n, labels, transitions, incoming, leastOut, mostOut, out, ws.delta, ws.back, ws.active);
        }
    }

    /**
     * First-order Viterbi over {@code emit[i * labels + y]} with {@code trans[(prev) * labels + y]}
     * (prev = {@code labels} for the start), honouring {@link #allowed}.
     */
    public static void viterbi(float[] emit, int n, int labels, float[] trans, int[] out, float[] delta, int[] back) {
        float[] incoming = new float[labels * labels];
        for (int p = 0; p < labels; p++) {
            for (int y = 0; y < labels; y++) {
                incoming[y * labels + p] = trans[p * labels + y];
            }
        }
        float[] least = new float[labels];
        float[] most = new float[labels];
        outBounds(trans, labels, least, most);
        viterbi(emit, n, labels, trans, incoming, least, most, out, delta, back, new int[labels]);
    }

    /**
     * Before the full maximisation of each position, the previous labels that cannot win it are
     * set aside: label p loses every O and B target when even its largest transition into them
     * scores below another label's smallest ({@code delta[p] + most[p] < delta[q] + least[q]}).
     * Float addition is monotonic, so such a p is strictly below the maximum of every such target
     * and the result, ties included, is exactly that of the full loop; after a confident token
     * few labels remain, and the loop over them is a fraction of the full one.
     */
    private static void viterbi(float[] emit, int n, int labels, float[] trans, float[] incoming, float[] least,
                                float[] most, int[] out, float[] delta, int[] back, int[] active) {
        for (int y = 0; y < labels; y++) {
            delta[y] = allowed(-1, y) ? emit[y] + trans[labels * labels + y] : Float.NEGATIVE_INFINITY;
            back[y] = -1;
        }
        for (int i = 1; i < n; i++) {
            int prevBase = (i - 1) * labels;
            int base = i * labels;
            float floor = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < labels; p++) {
                floor = Math.max(floor, delta[prevBase + p] + least[p]);
            }
            int live = 0;
            for (int p = 0; p < labels; p++) {
                if (delta[prevBase + p] + most[p] >= floor) {
                    active[live++] = p;
                }
            }
            for (int y = 0; y < labels; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (y == 0 || isBegin(y)) {
                    // the first live label with the best score: the same choice as the full loop
                    int in = y * labels;
                    for (int a = 0; a < live; a++) {
                        int p = active[a];
                        float score = delta[prevBase + p] + incoming[in + p];
                        if (score > best) {
                            best = score;
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
        out.writeInt(firstColumn);
        for (float t : transitions) {
            out.writeFloat(t);
        }
    }

    public static SpanTagger read(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] types = new String[n];
        for (int i = 0; i < n; i++) {
            types[i] = in.readUTF();
        }
        int firstColumn = in.readInt();
        int labels = labelCount(n);
        float[] trans = new float[(labels + 1) * labels];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        return new SpanTagger(types, trans, firstColumn);
    }
}
