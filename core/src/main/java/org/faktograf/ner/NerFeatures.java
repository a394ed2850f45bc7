package org.faktograf.ner;

import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Sentence;

/**
 * The feature pipeline of the entity taggers, shared by tagging and training so both see exactly
 * the same features: token features, then for an outer layer or the name tagger the features of
 * the spans found before it.
 */
public final class NerFeatures {
    /** Namespaces that keep the span features of different taggers apart. */
    public static final int LAYER_NAMESPACE = 1000, NAME_NAMESPACE = 2000;

    private final TokenFeatures tokenFeatures;

    public NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
        this.tokenFeatures = new TokenFeatures(gazetteer, clusters);
    }

    /** Buffers of one thread. */
    public static final class Workspace {
        final FeatureBuffer base = new FeatureBuffer();
        final FeatureBuffer extended = new FeatureBuffer();
        final TokenFeatures.Workspace tokenWs = new TokenFeatures.Workspace();
        final SpanFeatures.Workspace spanWs = new SpanFeatures.Workspace();
        final SpanTagger.Workspace taggerWs = new SpanTagger.Workspace();
        int[] labels = new int[256];
        float[] emissions = new float[0];
        int[] starts = new int[64];
        int[] ends = new int[64];
        int[] types = new int[64];

        int[] located = new int[2048];
        boolean[] wanted = new boolean[256];     // tokens of the sentences an outer layer decodes
        boolean[] decoded = new boolean[64];     // the sentences it decodes

        /** Room for where {@code features} looked-up features lie (two ints each). */
        int[] located(int features) {
            if (located.length < 2 * features) {
                located = new int[Math.max(2 * features, 2 * located.length)];
            }
            return located;
        }

        public SpanTagger.Workspace tagger() {
            return taggerWs;
        }
    }

    /** The sentences of an analysis, or one sentence over all tokens when it has none. */
    public static List<Sentence> sentences(Analysis analysis) {
        if (!analysis.sentences().isEmpty() || analysis.tokens().isEmpty()) {
            return analysis.sentences();
        }
        return List.of(new Sentence(0, analysis.text().length(), 0, analysis.tokens().size()));
    }

    /** Token features of the whole document (the buffer belongs to the workspace). */
    public FeatureBuffer base(Analysis analysis, Workspace ws) {
        tokenFeatures.extract(analysis.tokens(), sentences(analysis), analysis.morphology(), ws.base, ws.tokenWs);
        return ws.base;
    }

    /** The features the tokens of the last {@link #base} call draw from {@code spans} (the buffer belongs to the workspace). */
    public FeatureBuffer spanFeatures(List<TokenSpan> spans, int namespace, Workspace ws) {
        return spanFeatures(spans, namespace, ws, null);
    }

    /** As {@link #spanFeatures(List, int, Workspace)}, for the tokens {@code i} with {@code wanted[i]} only (null: all). */
    public FeatureBuffer spanFeatures(List<TokenSpan> spans, int namespace, Workspace ws, boolean[] wanted) {
        int m = spans.size();
        if (ws.starts.length < m) {
            ws.starts = new int[m * 2];
            ws.ends = new int[m * 2];
            ws.types = new int[m * 2];
        }
        for (int i = 0; i < m; i++) {
            TokenSpan s = spans.get(i);
            ws.starts[i] = s.start();
            ws.ends[i] = s.end();
            ws.types[i] = s.type();
        }
        SpanFeatures.extract(ws.base.tokenCount(), ws.tokenWs.word, ws.tokenWs.stem, ws.starts, ws.ends, ws.types, m,
                namespace, ws.extended, ws.spanWs, wanted);
        return ws.extended;
    }

    /** Token by token, the features of {@code a} followed by those of {@code b} (for training; a new buffer). */
    public static FeatureBuffer concat(FeatureBuffer a, FeatureBuffer b) {
        return concat(a, b, false);
    }

    /**
     * Token by token, the features of {@code a} (only its core features when {@code coreOnly}: the
     * outer layers read no more) followed by those of {@code b} (for training; a new buffer).
     */
    public static FeatureBuffer concat(FeatureBuffer a, FeatureBuffer b, boolean coreOnly) {
        FeatureBuffer out = new FeatureBuffer();
        out.clear();
        for (int i = 0; i < a.tokenCount(); i++) {
            int end = coreOnly ? a.coreEnd(i) : a.end(i);
            for (int k = a.start(i); k < end; k++) {
                out.add(a.get(k));
            }
            for (int k = b.start(i); k < b.end(i); k++) {
                out.add(b.get(k));
            }
            out.endToken();
        }
        return out;
    }

    /** Whether some span lies inside tokens {@code [from, to)}: an outer layer runs only where inner mentions are. */
    public static boolean anyInside(List<TokenSpan> spans, int from, int to) {
        for (TokenSpan s : spans) {
            if (s.start() >= from && s.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
