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
    /**
     * Corpora whose conventions differ: the name tagger sees every feature twice, once shared and
     * once tied to the corpus ("frustratingly easy" domain adaptation, Daumé 2007), and tags new
     * text as {@link #FACTRU}.
     */
    public static final int FACTRU = 1, NEREL = 2;

    private final TokenFeatures tokenFeatures;

    public NerFeatures(Gazetteer gazetteer, WordClusters clusters) {
        this.tokenFeatures = new TokenFeatures(gazetteer, clusters);
    }

    /** Buffers of one thread. */
    public static final class Workspace {
        final FeatureBuffer base = new FeatureBuffer();
        final FeatureBuffer extended = new FeatureBuffer();
        final FeatureBuffer domain = new FeatureBuffer();
        final TokenFeatures.Workspace tokenWs = new TokenFeatures.Workspace();
        final SpanFeatures.Workspace spanWs = new SpanFeatures.Workspace();
        final SpanTagger.Workspace taggerWs = new SpanTagger.Workspace();
        int[] labels = new int[256];
        int[] starts = new int[64];
        int[] ends = new int[64];
        int[] types = new int[64];

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

    /** The last {@link #base} features plus those of {@code spans} (the buffer belongs to the workspace). */
    public FeatureBuffer withSpans(List<TokenSpan> spans, int namespace, Workspace ws) {
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
        SpanFeatures.extend(ws.base, ws.tokenWs.word, ws.tokenWs.stem, ws.starts, ws.ends, ws.types, m, namespace, ws.extended, ws.spanWs);
        return ws.extended;
    }

    /** Each feature of {@code in} twice: as it is and tied to {@code domain} (the buffer belongs to the workspace). */
    public FeatureBuffer withDomain(FeatureBuffer in, int domain, Workspace ws) {
        FeatureBuffer out = ws.domain;
        out.clear();
        for (int i = 0; i < in.tokenCount(); i++) {
            for (int k = in.start(i); k < in.end(i); k++) {
                long f = in.get(k);
                out.add(f);
                out.add(FeatureHash.finish(TokenFeatures.mixLong(FeatureHash.start(0xD0 + domain), f)));
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
