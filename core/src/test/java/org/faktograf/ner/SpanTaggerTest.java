package org.faktograf.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {

    @Test
    void viterbiNeverStartsASpanWithInside() {
        // two types: labels O, B-A, I-A, B-B, I-B; the emissions alone would say I-A, I-A, I-B
        int labels = SpanTagger.labelCount(2);
        float[] emit = new float[3 * labels];
        emit[SpanTagger.inside(0)] = 5;
        emit[labels + SpanTagger.inside(0)] = 5;
        emit[2 * labels + SpanTagger.inside(1)] = 5;
        emit[SpanTagger.begin(0)] = 1;
        emit[2 * labels + SpanTagger.begin(1)] = 1;
        int[] out = new int[3];
        SpanTagger.viterbi(emit, 3, labels, new float[(labels + 1) * labels], out, new float[3 * labels], new int[3 * labels]);
        assertArrayEquals(new int[] {SpanTagger.begin(0), SpanTagger.inside(0), SpanTagger.begin(1)}, out);
    }

    @Test
    void transitionsDecideBetweenEqualEmissions() {
        int labels = SpanTagger.labelCount(1);
        float[] emit = new float[2 * labels];
        emit[SpanTagger.begin(0)] = 2;
        emit[labels + SpanTagger.begin(0)] = 1;
        emit[labels + SpanTagger.inside(0)] = 1;
        float[] trans = new float[(labels + 1) * labels];
        trans[SpanTagger.begin(0) * labels + SpanTagger.inside(0)] = 0.5f;
        int[] out = new int[2];
        SpanTagger.viterbi(emit, 2, labels, trans, out, new float[2 * labels], new int[2 * labels]);
        assertArrayEquals(new int[] {SpanTagger.begin(0), SpanTagger.inside(0)}, out);
    }

    @Test
    void settingAsideLabelsThatCannotWinGivesTheExactFullSearchResult() {
        // the pruned search against a plain first-order Viterbi over every allowed pair, on random
        // scores with ties (small integers) and with confident tokens (large margins)
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            int types = 1 + random.nextInt(6);
            int labels = SpanTagger.labelCount(types);
            int n = 1 + random.nextInt(12);
            int spread = round % 2 == 0 ? 3 : 40;
            float[] emit = new float[n * labels];
            for (int i = 0; i < emit.length; i++) {
                emit[i] = random.nextInt(spread) - spread / 2f;
            }
            float[] trans = new float[(labels + 1) * labels];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = random.nextInt(5) - 2;
            }
            int[] out = new int[n];
            SpanTagger.viterbi(emit, n, labels, trans, out, new float[n * labels], new int[n * labels]);
            assertArrayEquals(fullSearch(emit, n, labels, trans), out, "round " + round);
        }
    }

    /** Viterbi without shortcuts: every allowed previous label, the first maximum kept. */
    private static int[] fullSearch(float[] emit, int n, int labels, float[] trans) {
        float[] delta = new float[n * labels];
        int[] back = new int[n * labels];
        for (int y = 0; y < labels; y++) {
            delta[y] = SpanTagger.allowed(-1, y) ? emit[y] + trans[labels * labels + y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                boolean any = false;
                for (int p = 0; p < labels; p++) {
                    if (!SpanTagger.allowed(p, y)) {
                        continue;
                    }
                    float score = delta[(i - 1) * labels + p] + trans[p * labels + y];
                    if (!any || score > best) {
                        best = score;
                        arg = p;
                        any = true;
                    }
                }
                delta[i * labels + y] = best + emit[i * labels + y];
                back[i * labels + y] = arg;
            }
        }
        int[] out = new int[n];
        int arg = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            if (delta[(n - 1) * labels + y] > best) {
                best = delta[(n - 1) * labels + y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i * labels + arg];
        }
        return out;
    }

    @Test
    void theSharedTableServesEachTaggerItsOwnColumnsAndSurvivesSerialisation() throws IOException {
        long word = 0x1234L;
        long other = 0x9876L;
        int per = SpanTagger.labelCount(1);
        // tagger 0 (PER): `word` votes B-PER, `other` votes O; tagger 1 (ORG): `word` votes B-ORG
        TaggerWeights first = new TaggerWeights(new String[] {"PER"}, new long[] {word, other}, new int[] {0, 1, 2},
                new byte[] {(byte) SpanTagger.begin(0), 0}, new float[] {3f, 1f}, new float[(per + 1) * per]);
        TaggerWeights second = new TaggerWeights(new String[] {"ORG"}, new long[] {word}, new int[] {0, 1},
                new byte[] {(byte) SpanTagger.begin(0)}, new float[] {2f}, new float[(per + 1) * per]);
        FeatureTable table = FeatureTable.merge(java.util.List.of(first, second), new int[] {0, per}, 2 * per, 0f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.write(new DataOutputStream(bytes));
        FeatureTable read = FeatureTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(-1, read.find(0x5555L));
        assertEquals(3, read.entryCount());

        // weights are kept to within half a step (the largest weight, 3, over 32,767)
        float tolerance = 3f / Short.MAX_VALUE / 2;
        float[] row = new float[2 * per];
        read.addAll(word, row, 0);
        assertEquals(3f, row[SpanTagger.begin(0)], tolerance);
        assertEquals(2f, row[per + SpanTagger.begin(0)], tolerance);
        assertNotEquals(2f, row[per + SpanTagger.begin(0)]); // 2 is no multiple of the step: rounded, not stored as a float
        float[] orgOnly = new float[per];
        read.addRange(word, orgOnly, 0, per, 2 * per);
        assertArrayEquals(new float[] {0f, 2f, 0f}, orgOnly, tolerance);

        TaggerWeights back = read.extract(new String[] {"PER"}, 0, new float[(per + 1) * per]);
        assertArrayEquals(new long[] {word, other}, back.fingerprints());
        assertArrayEquals(new float[] {3f, 1f}, back.weights(), tolerance);
        // a table built from extracted weights holds the same steps: writing and reading changes nothing
        FeatureTable again = FeatureTable.merge(java.util.List.of(back, read.extract(new String[] {"ORG"}, per,
                new float[(per + 1) * per])), new int[] {0, per}, 2 * per, 0f);
        ByteArrayOutputStream bytesAgain = new ByteArrayOutputStream();
        again.write(new DataOutputStream(bytesAgain));
        assertArrayEquals(bytes.toByteArray(), bytesAgain.toByteArray());
        // pruning leaves out the small weight
        FeatureTable pruned = FeatureTable.merge(java.util.List.of(first, second), new int[] {0, per}, 2 * per, 1.5f);
        assertEquals(-1, pruned.find(other));
    }
}
