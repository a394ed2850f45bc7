package org.faktograf.ner;

import java.util.Arrays;

/**
 * Features a tagger draws from spans found before it: the inner layers of nested mentions for an
 * outer layer, all product mentions for the factRuEval name tagger. For each token: the innermost
 * and outermost span covering it with the token's position there, how many spans cover it, and
 * the span that ends just before it or starts just after it, alone and with the word.
 */
public final class SpanFeatures {
    private static final int INNER = 101, OUTER = 102, DEPTH = 103, PREV_END = 104, NEXT_START = 105,
            PREV_END_WORD = 106, NEXT_START_WORD = 107, STARTS = 108, ENDS = 109, INNER_WORD = 110,
            OUTER_INNER = 111, DOC_TYPE = 112;
    private static final int NONE = -1;

    private SpanFeatures() {
    }

    /** Scratch space, reused. */
    public static final class Workspace {
        int[] inner = new int[0];
        int[] innerLen = new int[0];
        int[] outer = new int[0];
        int[] outerLen = new int[0];
        int[] innerPos = new int[0];
        int[] outerPos = new int[0];
        int[] depth = new int[0];
        int[] startsType = new int[0];
        int[] startsLen = new int[0];
        int[] endsType = new int[0];
        int[] endsLen = new int[0];
        final LongIntMap stemTypes = new LongIntMap(1024);

        void ensure(int n) {
            if (inner.length < n) {
                int size = Math.max(n, inner.length * 2);
                inner = new int[size];
                innerLen = new int[size];
                outer = new int[size];
                outerLen = new int[size];
                innerPos = new int[size];
                outerPos = new int[size];
                depth = new int[size];
                startsType = new int[size];
                startsLen = new int[size];
                endsType = new int[size];
                endsLen = new int[size];
            }
        }
    }

    /**
     * Writes to {@code out} the features each of the {@code n} tokens draws from the spans
     * ({@code starts[k]}, {@code ends[k]} exclusive, token indices; {@code types[k]} any stable id).
     * {@code words} and {@code stems} hold the word and stem fingerprints of the tokens. Only tokens
     * {@code i} with {@code wanted[i]} get features (all when {@code wanted} is null); the others get
     * none, as a tagger that skips their sentences reads none.
     */
    public static void extract(int n, long[] words, long[] stems, int[] starts, int[] ends, int[] types,
                               int spanCount, int namespace, FeatureBuffer out, Workspace ws, boolean[] wanted) {
        ws.ensure(n + 1);
        Arrays.fill(ws.inner, 0, n, NONE);
        Arrays.fill(ws.outer, 0, n, NONE);
        Arrays.fill(ws.depth, 0, n, 0);
        Arrays.fill(ws.startsType, 0, n, NONE);
        Arrays.fill(ws.endsType, 0, n, NONE);
        Arrays.fill(ws.innerLen, 0, n, Integer.MAX_VALUE);
        Arrays.fill(ws.outerLen, 0, n, 0);
        Arrays.fill(ws.startsLen, 0, n, 0);
        Arrays.fill(ws.endsLen, 0, n, 0);
        for (int k = 0; k < spanCount; k++) {
            int s = starts[k];
            int e = ends[k];
            int len = e - s;
            for (int i = s; i < e; i++) {
                int pos = len == 1 ? Gazetteer.U : i == s ? Gazetteer.B : i == e - 1 ? Gazetteer.L : Gazetteer.I;
                ws.depth[i]++;
                if (len < ws.innerLen[i]) {
                    ws.innerLen[i] = len;
                    ws.inner[i] = types[k];
                    ws.innerPos[i] = pos;
                }
                if (len > ws.outerLen[i]) {
                    ws.outerLen[i] = len;
                    ws.outer[i] = types[k];
                    ws.outerPos[i] = pos;
                }
            }
            if (len > ws.startsLen[s]) {
                ws.startsLen[s] = len;
                ws.startsType[s] = types[k];
            }
            if (len > ws.endsLen[e - 1]) {
                ws.endsLen[e - 1] = len;
                ws.endsType[e - 1] = types[k];
            }
        }
        // the innermost span type each stem has somewhere in the document, for consistency
        ws.stemTypes.clear();
        for (int i = 0; i < n; i++) {
            if (ws.inner[i] != NONE && ws.stemTypes.get(stems[i], 0) == 0) {
                ws.stemTypes.put(stems[i], ws.inner[i] + 1);
            }
        }
        out.clear();
        for (int i = 0; i < n; i++) {
            if (wanted != null && !wanted[i]) {
                out.endToken();
                continue;
            }
            int innerPos = ws.inner[i] == NONE ? NONE : ws.innerPos[i];
            int outerPos = ws.outer[i] == NONE ? NONE : ws.outerPos[i];
            add(out, namespace, INNER, ws.inner[i], innerPos);
            add(out, namespace, OUTER, ws.outer[i], outerPos);
            add(out, namespace, OUTER_INNER, ws.outer[i] * 64L + ws.inner[i], outerPos * 8L + innerPos);
            add(out, namespace, DEPTH, Math.min(ws.depth[i], 3), 0);
            add(out, namespace, DOC_TYPE, ws.stemTypes.get(stems[i], 0), ws.inner[i]);
            add(out, namespace, INNER_WORD, ws.inner[i] * 8L + innerPos, words[i]);
            int prevEnd = i > 0 ? ws.endsType[i - 1] : NONE;
            int nextStart = i + 1 < n ? ws.startsType[i + 1] : NONE;
            add(out, namespace, PREV_END, prevEnd, ws.inner[i]);
            add(out, namespace, NEXT_START, nextStart, ws.inner[i]);
            if (prevEnd != NONE) {
                add(out, namespace, PREV_END_WORD, prevEnd, words[i]);
            }
            if (nextStart != NONE) {
                add(out, namespace, NEXT_START_WORD, nextStart, words[i]);
            }
            add(out, namespace, STARTS, ws.startsType[i], Math.min(ws.startsLen[i], 4));
            add(out, namespace, ENDS, ws.endsType[i], Math.min(ws.endsLen[i], 4));
            out.endToken();
        }
    }

    private static void add(FeatureBuffer out, int namespace, int template, long a, long b) {
        out.add(FeatureHash.finish(TokenFeatures.combine(template, namespace, a, b)));
    }
}
