package org.faktograf.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.faktograf.ner.LongIntMap;
import org.faktograf.ner.TaggerWeights;
import org.faktograf.ner.SpanTagger;

/**
 * Trains a {@link SpanTagger} as an averaged structured perceptron (Collins 2002): Viterbi over
 * BIO labels, additive updates where the best path differs from the gold one, and the weights
 * averaged over all steps. Features seen fewer than {@code minCount} times are dropped; examples
 * are visited in an order shuffled by a fixed seed, so a run is reproducible.
 */
public final class PerceptronTrainer {

    /**
     * One training sequence: token i owns {@code features[offsets[i], offsets[i + 1])}. Either
     * {@code gold} BIO labels, or for partly known labels {@code allowed}: per token a bit mask of
     * the labels it may take; the gold path is then the best path the current weights find among
     * the allowed ones (a latent-variable perceptron).
     */
    public record Sequence(long[] features, int[] offsets, int[] gold, long[] allowed, int domain) {
        public Sequence(long[] features, int[] offsets, int[] gold) {
            this(features, offsets, gold, null, 0);
        }

        public int length() {
            return offsets.length - 1;
        }
    }

    /**
     * @param runs       independent runs with different visiting orders whose averaged weights are
     *                   averaged again: steadier than one run on small data
     * @param foldDomain sequences of a domain d > 0 train every feature twice, once shared and once
     *                   tied to d ("frustratingly easy" domain adaptation, Daumé 2007); the exported
     *                   weights are the shared ones plus those tied to {@code foldDomain} (0: none),
     *                   so the tagger reads new text as that domain at no extra cost
     */
    public record Options(int epochs, int minCount, long seed, int runs, int foldDomain) {
        public Options(int epochs, int minCount, long seed) {
            this(epochs, minCount, seed, 1, 0);
        }
    }

    private PerceptronTrainer() {
    }

    public static TaggerWeights train(String[] types, List<Sequence> data, Options options) {
        int labels = SpanTagger.labelCount(types.length);
        // feature index by first occurrence, after the count cut-off
        LongIntMap counts = new LongIntMap(1 << 16);
        for (Sequence s : data) {
            for (long f : s.features()) {
                counts.increment(f);
            }
        }
        LongIntMap index = new LongIntMap(1 << 16);
        List<Long> fingerprints = new ArrayList<>();
        List<int[]> featureIds = new ArrayList<>(data.size());
        List<int[]> featureOffsets = new ArrayList<>(data.size());
        for (Sequence s : data) {
            int[] ids = new int[s.features().length];
            int[] offs = new int[s.length() + 1];
            int m = 0;
            for (int i = 0; i < s.length(); i++) {
                offs[i] = m;
                for (int k = s.offsets()[i]; k < s.offsets()[i + 1]; k++) {
                    long f = s.features()[k];
                    if (counts.get(f, 0) < options.minCount()) {
                        continue;
                    }
                    int id = index.get(f, 0);
                    if (id == 0) {
                        fingerprints.add(f);
                        id = fingerprints.size();
                        index.put(f, id);
                    }
                    ids[m++] = id - 1;
                }
            }
            offs[s.length()] = m;
            featureIds.add(java.util.Arrays.copyOf(ids, m));
            featureOffsets.add(offs);
        }
        int features = fingerprints.size();
        int domains = 0;
        for (Sequence s : data) {
            domains = Math.max(domains, s.domain());
        }
        if (domains > 0) {
            for (int e = 0; e < data.size(); e++) {
                int d = data.get(e).domain();
                if (d > 0) {
                    featureIds.set(e, withDomainCopies(featureIds.get(e), featureOffsets.get(e), d * features));
                    featureOffsets.set(e, doubled(featureOffsets.get(e)));
                }
            }
        }
        int rows = features * (1 + domains);
        int tSize = (labels + 1) * labels;
        float[] avg = new float[rows * labels];
        float[] trans = new float[tSize];
        int runs = Math.max(1, options.runs());
        for (int run = 0; run < runs; run++) {
            float[][] result = run(data, featureIds, featureOffsets, rows, labels, options.epochs(),
                    options.seed() + 7919L * run);
            for (int k = 0; k < avg.length; k++) {
                avg[k] += result[0][k] / runs;
            }
            for (int k = 0; k < tSize; k++) {
                trans[k] += result[1][k] / runs;
            }
        }
        List<Long> keptFp = new ArrayList<>();
        int[] offsets = new int[features + 1];
        byte[] lab = new byte[features * 4];
        float[] wt = new float[features * 4];
        int pairs = 0;
        int kept = 0;
        for (int f = 0; f < features; f++) {
            int start = pairs;
            for (int y = 0; y < labels; y++) {
                float a = avg[f * labels + y];
                if (options.foldDomain() > 0 && options.foldDomain() <= domains) {
                    a += avg[(options.foldDomain() * features + f) * labels + y];
                }
                if (a != 0f) {
                    if (pairs == lab.length) {
                        lab = java.util.Arrays.copyOf(lab, pairs * 2);
                        wt = java.util.Arrays.copyOf(wt, pairs * 2);
                    }
                    lab[pairs] = (byte) y;
                    wt[pairs] = a;
                    pairs++;
                }
            }
            if (pairs > start) {
                keptFp.add(fingerprints.get(f));
                offsets[++kept] = pairs;
            }
        }
        long[] fps = new long[kept];
        for (int i = 0; i < kept; i++) {
            fps[i] = keptFp.get(i);
        }
        return new TaggerWeights(types.clone(), fps, java.util.Arrays.copyOf(offsets, kept + 1),
                java.util.Arrays.copyOf(lab, pairs), java.util.Arrays.copyOf(wt, pairs), trans);
    }

    /** Each token's feature ids followed by the same ids shifted into a domain's rows. */
    private static int[] withDomainCopies(int[] ids, int[] offsets, int shift) {
        int n = offsets.length - 1;
        int[] out = new int[ids.length * 2];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                out[m++] = ids[k];
            }
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                out[m++] = ids[k] + shift;
            }
        }
        return out;
    }

    private static int[] doubled(int[] offsets) {
        int[] out = new int[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            out[i] = offsets[i] * 2;
        }
        return out;
    }

    /** One run of the averaged perceptron; returns {averaged emission weights, averaged transitions}. */
    private static float[][] run(List<Sequence> data, List<int[]> featureIds, List<int[]> featureOffsets, int features,
                                 int labels, int epochs, long seed) {
        float[] w = new float[features * labels];
        double[] u = new double[features * labels]; // sums of step * update, in double: they grow large
        int tSize = (labels + 1) * labels;
        float[] tw = new float[tSize];
        double[] tu = new double[tSize];

        int maxLen = 1;
        for (Sequence s : data) {
            maxLen = Math.max(maxLen, s.length());
        }
        float[] emit = new float[maxLen * labels];
        float[] delta = new float[maxLen * labels];
        int[] back = new int[maxLen * labels];
        int[] pred = new int[maxLen];
        int[] latent = new int[maxLen];
        float[] constrained = new float[maxLen * labels];
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int e : order) {
                Sequence s = data.get(e);
                int n = s.length();
                int[] ids = featureIds.get(e);
                int[] offs = featureOffsets.get(e);
                java.util.Arrays.fill(emit, 0, n * labels, 0f);
                for (int i = 0; i < n; i++) {
                    int base = i * labels;
                    for (int k = offs[i]; k < offs[i + 1]; k++) {
                        int fb = ids[k] * labels;
                        for (int y = 0; y < labels; y++) {
                            emit[base + y] += w[fb + y];
                        }
                    }
                }
                SpanTagger.viterbi(emit, n, labels, tw, pred, delta, back);
                int[] gold = s.gold();
                if (s.allowed() != null) {
                    for (int i = 0; i < n; i++) {
                        long mask = s.allowed()[i];
                        for (int y = 0; y < labels; y++) {
                            constrained[i * labels + y] = (mask & (1L << y)) != 0 ? emit[i * labels + y] : -1e30f;
                        }
                    }
                    SpanTagger.viterbi(constrained, n, labels, tw, latent, delta, back);
                    gold = latent;
                }
                for (int i = 0; i < n; i++) {
                    int g = gold[i];
                    int p = pred[i];
                    if (g != p) {
                        for (int k = offs[i]; k < offs[i + 1]; k++) {
                            int fb = ids[k] * labels;
                            w[fb + g] += 1;
                            u[fb + g] += c;
                            w[fb + p] -= 1;
                            u[fb + p] -= c;
                        }
                    }
                    int gPrev = i == 0 ? labels : gold[i - 1];
                    int pPrev = i == 0 ? labels : pred[i - 1];
                    if (g != p || gPrev != pPrev) {
                        tw[gPrev * labels + g] += 1;
                        tu[gPrev * labels + g] += c;
                        tw[pPrev * labels + p] -= 1;
                        tu[pPrev * labels + p] -= c;
                    }
                }
                c++;
            }
        }
        // averaged weights: w - u / c
        float[] trans = new float[tSize];
        for (int k = 0; k < tSize; k++) {
            trans[k] = (float) (tw[k] - tu[k] / c);
        }
        float[] avg = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            avg[k] = (float) (w[k] - u[k] / c);
        }
        return new float[][] {avg, trans};
    }
}
