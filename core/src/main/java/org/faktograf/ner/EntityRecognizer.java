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
        if (analysis.tokens().isEmpty()) {
            return new TaggedSpans(List.of(), List.of());
        }
        List<Sentence> sentences = NerFeatures.sentences(analysis);
        FeatureBuffer base = features.base(analysis, ws);
        List<TokenSpan> mentions = new ArrayList<>();
        for (int k = 0; k < model.layers().size(); k++) {
            if (k > 0 && mentions.isEmpty()) {
                break; // an outer layer only wraps inner mentions
            }
            FeatureBuffer buf = k == 0 ? base : features.withSpans(mentions, NerFeatures.LAYER_NAMESPACE + k, ws);
            List<TokenSpan> inner = k == 0 ? List.of() : List.copyOf(mentions);
            for (Sentence s : sentences) {
                if (k == 0 || NerFeatures.anyInside(inner, s.firstToken(), s.endToken())) {
                    decodeInto(model.layers().get(k), buf, s, layerTypes[k], k, mentions, ws);
                }
            }
        }
        List<TokenSpan> names = new ArrayList<>();
        if (model.names() != null) {
            FeatureBuffer buf = features.withDomain(features.withSpans(mentions, NerFeatures.NAME_NAMESPACE, ws),
                    NerFeatures.FACTRU, ws);
            for (Sentence s : sentences) {
                decodeInto(model.names(), buf, s, nameIds, -1, names, ws);
            }
        }
        return new TaggedSpans(mentions, names);
    }

    private static void decodeInto(SpanTagger tagger, FeatureBuffer buf, Sentence s, int[] typeIds,
                                   int layer, List<TokenSpan> out, NerFeatures.Workspace ws) {
        int from = s.firstToken();
        int to = s.endToken();
        int len = to - from;
        if (len <= 0) {
            return;
        }
        if (ws.labels.length < len) {
            ws.labels = new int[len * 2];
        }
        tagger.decode(buf, from, to, ws.labels, ws.taggerWs);
        collectSpans(ws.labels, len, from, typeIds, layer, tagger.labelCount(), ws.taggerWs.emissions, out);
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
