package org.faktograf.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.Sentence;
import org.faktograf.pipeline.Stage;

/**
 * The named-entity stage: finds nested, typed mentions (NEREL's types plus PROJECT) with the
 * trained {@link NerModel}, marks each mention's name part and whether a place acts as a
 * political body, and numbers the mentions m0, m1, ... in text order. Needs the segment and
 * morphology layers. One instance serves all threads; {@link #shared()} loads the model from the
 * classpath once.
 */
public final class EntityRecognizer implements Stage {
    /** Classpath location of the trained model. */
    public static final String MODEL_RESOURCE = "/org/faktograf/ner/ner-model.bin.gz";
    private static final EntityType[] ENTITY_TYPES = EntityType.values();

    private final NerModel model;
    private final NerFeatures features;
    private final int[][] layerTypes; // per layer: tagger type index -> EntityType ordinal
    private final NameClass[] nameTypes;
    private final int[] nameIds;
    private final ThreadLocal<NerFeatures.Workspace> workspaces = ThreadLocal.withInitial(NerFeatures.Workspace::new);

    public EntityRecognizer(NerModel model) {
        this.model = model;
        this.features = new NerFeatures(model.gazetteer(), model.clusters());
        this.layerTypes = new int[model.layers().size()][];
        for (int k = 0; k < layerTypes.length; k++) {
            String[] names = model.layers().get(k).types();
            layerTypes[k] = new int[names.length];
            for (int t = 0; t < names.length; t++) {
                layerTypes[k][t] = EntityType.valueOf(names[t]).ordinal();
            }
        }
        if (model.names() != null) {
            String[] names = model.names().types();
            nameTypes = new NameClass[names.length];
            for (int t = 0; t < names.length; t++) {
                nameTypes[t] = NameClass.valueOf(names[t]);
            }
        } else {
            nameTypes = new NameClass[0];
        }
        nameIds = new int[nameTypes.length];
        for (int t = 0; t < nameIds.length; t++) {
            nameIds[t] = nameTypes[t].ordinal();
        }
    }

    private static final class Holder {
        static final EntityRecognizer INSTANCE = load();

        private static EntityRecognizer load() {
            try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the entity model " + MODEL_RESOURCE + " is missing from the classpath");
                }
                return new EntityRecognizer(NerModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity model", e);
            }
        }
    }

    /** The recognizer with the model shipped in the jar, loaded on first use. */
    public static EntityRecognizer shared() {
        return Holder.INSTANCE;
    }

    public NerModel model() {
        return model;
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.withMentions(recognize(analysis));
    }

    public List<Mention> recognize(Analysis analysis) {
        TaggedSpans spans = tag(analysis);
        return MentionAssembler.assemble(analysis, spans, model.gazetteer());
    }

    /** Runs the taggers: mention spans layer by layer, then name spans. */
    public TaggedSpans tag(Analysis analysis) {
        NerFeatures.Workspace ws = workspaces.get();
        int n = analysis.tokens().size();
        if (n == 0) {
            return new TaggedSpans(List.of(), List.of());
        }
        List<Sentence> sentences = NerFeatures.sentences(analysis);
        FeatureBuffer base = features.base(analysis, ws);
        // the token features' weights for every tagger at once: one lookup per feature
        int columns = model.columns();
        if (ws.emissions.length < n * columns) {
            ws.emissions = new float[Math.max(n * columns, ws.emissions.length * 2)];
        }
        float[] all = ws.emissions;
        java.util.Arrays.fill(all, 0, n * columns, 0f);
        FeatureTable table = model.table();
        int[] found = ws.located(base.size());
        table.locate(base, 0, base.size(), found);
        for (int i = 0; i < n; i++) {
            int row = i * columns;
            for (int k = base.start(i), end = base.end(i); k < end; k++) {
                int at = found[2 * k];
                if (at >= 0) {
                    table.addWeights(at, found[2 * k + 1], all, row);
                }
            }
        }
        List<TokenSpan> mentions = new ArrayList<>();
        for (int k = 0; k < model.layers().size(); k++) {
            if (k > 0 && mentions.isEmpty()) {
                break; // an outer layer only wraps inner mentions
            }
            FeatureBuffer spanFeatures = null;
            boolean[] decoded = null;
            if (k > 0) {
                // an outer layer decodes only the sentences with inner mentions, so only their
                // tokens need span features (most of a document's tokens after the first layer)
                if (ws.decoded.length < sentences.size()) {
                    ws.decoded = new boolean[sentences.size() * 2];
                }
                if (ws.wanted.length < n) {
                    ws.wanted = new boolean[n * 2];
                }
                decoded = ws.decoded;
                java.util.Arrays.fill(ws.wanted, 0, n, false);
                for (int si = 0; si < sentences.size(); si++) {
                    Sentence s = sentences.get(si);
                    decoded[si] = NerFeatures.anyInside(mentions, s.firstToken(), s.endToken());
                    if (decoded[si]) {
                        java.util.Arrays.fill(ws.wanted, s.firstToken(), s.endToken(), true);
                    }
                }
                spanFeatures = features.spanFeatures(mentions, NerFeatures.LAYER_NAMESPACE + k, ws, ws.wanted);
            }
            for (int si = 0; si < sentences.size(); si++) {
                if (k == 0 || decoded[si]) {
                    decodeInto(model.layers().get(k), spanFeatures, sentences.get(si), layerTypes[k], k, mentions, ws);
                }
            }
        }
        List<TokenSpan> names = new ArrayList<>();
        if (model.names() != null) {
            FeatureBuffer spanFeatures = features.spanFeatures(mentions, NerFeatures.NAME_NAMESPACE, ws);
            for (Sentence s : sentences) {
                decodeInto(model.names(), spanFeatures, s, nameIds, -1, names, ws);
            }
        }
        return new TaggedSpans(mentions, names);
    }

    /** Decodes one sentence: the tagger's columns of the token weights plus its span features. */
    private void decodeInto(SpanTagger tagger, FeatureBuffer spanFeatures, Sentence s, int[] typeIds,
                            int layer, List<TokenSpan> out, NerFeatures.Workspace ws) {
        int from = s.firstToken();
        int len = s.endToken() - from;
        if (len <= 0) {
            return;
        }
        if (ws.labels.length < len) {
            ws.labels = new int[len * 2];
        }
        int labels = tagger.labelCount();
        int first = tagger.firstColumn();
        int columns = model.columns();
        float[] emit = ws.taggerWs.ensure(len, labels);
        FeatureTable table = model.table();
        int[] found = null;
        int firstFeature = 0;
        if (spanFeatures != null) {
            firstFeature = spanFeatures.start(from);
            int lastFeature = spanFeatures.start(from + len);
            found = ws.located(lastFeature - firstFeature);
            table.locate(spanFeatures, firstFeature, lastFeature, found);
        }
        for (int i = 0; i < len; i++) {
            System.arraycopy(ws.emissions, (from + i) * columns + first, emit, i * labels, labels);
            if (spanFeatures != null) {
                for (int k = spanFeatures.start(from + i), end = spanFeatures.end(from + i); k < end; k++) {
                    int j = 2 * (k - firstFeature);
                    if (found[j] >= 0) {
                        table.addWeights(found[j], found[j + 1], emit, i * labels, first, first + labels);
                    }
                }
            }
        }
        tagger.decode(len, ws.labels, ws.taggerWs);
        collectSpans(ws.labels, len, from, typeIds, layer, labels, emit, out);
    }

    /** Turns BIO labels into spans with a confidence from the emission margins. */
    static void collectSpans(int[] labels, int len, int offset, int[] typeIds, int layer, int labelCount,
                             float[] emissions, List<TokenSpan> out) {
        int i = 0;
        while (i < len) {
            int y = labels[i];
            if (y == 0) {
                i++;
                continue;
            }
            int type = SpanTagger.typeOf(y);
            int j = i + 1;
            while (j < len && labels[j] == SpanTagger.inside(type)) {
                j++;
            }
            float margin = Float.POSITIVE_INFINITY;
            for (int k = i; k < j; k++) {
                margin = Math.min(margin, margin(emissions, k * labelCount, labelCount, labels[k]));
            }
            double score = 1.0 / (1.0 + Math.exp(-margin / 4.0));
            out.add(new TokenSpan(offset + i, offset + j, typeIds[type], layer, score));
            i = j;
        }
    }

    private static float margin(float[] emit, int base, int labels, int label) {
        float other = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < labels; y++) {
            if (y != label && emit[base + y] > other) {
                other = emit[base + y];
            }
        }
        return emit[base + label] - other;
    }

    static EntityType entityType(int ordinal) {
        return ENTITY_TYPES[ordinal];
    }
}
