package org.faktograf.eval.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.faktograf.model.Analysis;
import org.faktograf.model.EntityType;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.ner.EntityRecognizer;
import org.faktograf.ner.FeatureBuffer;
import org.faktograf.ner.Gazetteer;
import org.faktograf.ner.NameClass;
import org.faktograf.ner.NerFeatures;
import org.faktograf.ner.NerModel;
import org.faktograf.ner.SpanTagger;
import org.faktograf.ner.TaggerWeights;
import org.faktograf.ner.TaggedSpans;
import org.faktograf.ner.TokenSpan;
import org.faktograf.ner.WordClusters;

/**
 * Trains the entity model. The mention layers learn from NEREL: layer k holds the mentions of
 * nesting height k (a mention of height 1 contains no other, one of height k contains one of
 * height k - 1), and sees the mentions of the layers below it as features. The name tagger learns
 * factRuEval's names from factru texts, with the mention layers' output on those texts as
 * features. The gazetteer is built from NEREL's mentions; while training, each NEREL text sees a
 * gazetteer built from the other folds only, so the taggers do not learn to trust it more than
 * it deserves on new text.
 */
public final class NerTrainer {
    /** Mention types whose names go into the gazetteer (numbers and dates are left to the shape features). */
    private static final List<String> GAZETTEER_TYPES;

    static {
        List<String> types = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            if (t.coarse() != EntityType.Coarse.NUM && t.coarse() != EntityType.Coarse.DATE && t != EntityType.MONEY
                    && t != EntityType.PROJECT) {
                types.add(t.name());
            }
        }
        GAZETTEER_TYPES = List.copyOf(types);
    }

    /**
     * @param nameFolds folds for tagging NEREL with mention layers that did not see the text, so
     *                  NEREL can train the name tagger too; 0 trains it on factru alone
     */
    public record Options(int layerEpochs, int nameEpochs, int minCount, int gazetteerFolds, int maxLayers,
                          int minTypeCount, int nameFolds, int layerRuns, int nameRuns, float minWeight, long seed) {
        public static Options defaults() {
            return new Options(12, 15, 2, 5, 4, 15, 4, 1, 1, 0.5f, 20100527L);
        }
    }

    /** Domains of the name tagger's training texts (see {@link PerceptronTrainer.Options#foldDomain}). */
    static final int FACTRU = 1, NEREL = 2;

    private final Options options;
    private final PrintStream log;

    public NerTrainer(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** The whole model: mention layers from {@code nerel}, the name tagger from {@code factRu} and {@code nerel}. */
    public NerModel train(List<NerDocument> nerel, List<NerDocument> factRu, WordClusters clusters) {
        Layers layers = trainLayers(nerel, clusters);
        List<PerceptronTrainer.Sequence> data = new ArrayList<>(nerelNameSequences(tagNerel(nerel, clusters)));
        data.addAll(factRuNameSequences(layers.model(), factRu));
        return layers.withNames(trainNames(data), options.minWeight());
    }

    /** Trained mention layers: their weights and a model made of them alone. */
    public record Layers(Gazetteer gazetteer, WordClusters clusters, List<TaggerWeights> weights, NerModel model) {
        /** The mention layers of a model (its name tagger is left out). */
        public static Layers of(NerModel model) {
            List<TaggerWeights> weights = model.layerWeights();
            return new Layers(model.gazetteer(), model.clusters(), weights,
                    NerModel.build(model.gazetteer(), model.clusters(), weights, null));
        }

        /** The full model: these layers and a name tagger. */
        public NerModel withNames(TaggerWeights names) {
            return withNames(names, 0f);
        }

        /** The full model, leaving out weights below {@code minWeight}. */
        public NerModel withNames(TaggerWeights names, float minWeight) {
            return NerModel.build(gazetteer, clusters, weights, names, minWeight);
        }
    }

    public static Gazetteer gazetteer(List<NerDocument> docs) {
        Gazetteer.Builder b = new Gazetteer.Builder(GAZETTEER_TYPES);
        for (NerDocument d : docs) {
            List<Token> tokens = d.analysis().tokens();
            for (GoldSpan s : d.mentions()) {
                int[] r = tokenRange(tokens, s.start(), s.end());
                if (r == null || r[1] - r[0] > 8) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int i = r[0]; i < r[1]; i++) {
                    words.add(tokens.get(i).text());
                }
                b.add(s.type(), words);
            }
        }
        return b.build();
    }

    /** Mention layers trained on NEREL; the model has no name tagger. */
    public NerModel trainMentionLayers(List<NerDocument> nerel, WordClusters clusters) {
        return trainLayers(nerel, clusters).model();
    }

    /** Mention layers trained on NEREL. */
    public Layers trainLayers(List<NerDocument> nerel, WordClusters clusters) {
        long t0 = System.nanoTime();
        int folds = Math.max(1, options.gazetteerFolds());
        List<NerFeatures> foldFeatures = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<NerDocument> others = new ArrayList<>();
            for (int i = 0; i < nerel.size(); i++) {
                if (folds == 1 || i % folds != f) {
                    others.add(nerel.get(i));
                }
            }
            foldFeatures.add(new NerFeatures(folds == 1 ? Gazetteer.empty() : gazetteer(others), clusters));
        }
        Gazetteer full = gazetteer(nerel);
        List<List<List<TokenSpan>>> layersByDoc = new ArrayList<>();
        int[][] typeCounts = new int[options.maxLayers()][EntityType.values().length];
        for (NerDocument d : nerel) {
            List<List<TokenSpan>> layers = goldLayers(d.analysis().tokens(), d.mentions(), options.maxLayers());
            layersByDoc.add(layers);
            for (int k = 0; k < layers.size(); k++) {
                for (TokenSpan s : layers.get(k)) {
                    typeCounts[k][s.type()]++;
                }
            }
        }
        List<TaggerWeights> taggers = new ArrayList<>();
        NerFeatures.Workspace ws = new NerFeatures.Workspace();
        for (int k = 0; k < options.maxLayers(); k++) {
            List<String> types = new ArrayList<>();
            for (EntityType t : EntityType.values()) {
                if (typeCounts[k][t.ordinal()] >= options.minTypeCount()) {
                    types.add(t.name());
                }
            }
            if (types.isEmpty()) {
                break;
            }
            String[] typeArray = types.toArray(new String[0]);
            List<PerceptronTrainer.Sequence> data = new ArrayList<>();
            for (int i = 0; i < nerel.size(); i++) {
                NerDocument d = nerel.get(i);
                if (d.analysis().tokens().isEmpty()) {
                    continue;
                }
                NerFeatures nf = foldFeatures.get(folds == 1 ? 0 : i % folds);
                List<List<TokenSpan>> layers = layersByDoc.get(i);
                List<TokenSpan> lower = new ArrayList<>();
                for (int j = 0; j < k && j < layers.size(); j++) {
                    lower.addAll(layers.get(j));
                }
                if (k > 0 && lower.isEmpty()) {
                    continue;
                }
                FeatureBuffer buf = nf.base(d.analysis(), ws);
                if (k > 0) {
                    buf = NerFeatures.concat(buf, nf.spanFeatures(lower, NerFeatures.LAYER_NAMESPACE + k, ws), true);
                }
                List<TokenSpan> target = k < layers.size() ? layers.get(k) : List.of();
                for (Sentence s : NerFeatures.sentences(d.analysis())) {
                    if (k > 0 && !NerFeatures.anyInside(lower, s.firstToken(), s.endToken())) {
                        continue;
                    }
                    data.add(sequence(buf, s, target, typeArray, t -> EntityType.values()[t].name()));
                }
            }
            PerceptronTrainer.Options po = new PerceptronTrainer.Options(options.layerEpochs(), options.minCount(),
                    options.seed() + k, options.layerRuns(), 0);
            TaggerWeights tagger = PerceptronTrainer.train(typeArray, data, po);
            taggers.add(tagger);
            log.printf(Locale.ROOT, "layer %d: %d types, %d sequences, %d features, %d weights (%.0f s)%n", k + 1,
                    typeArray.length, data.size(), tagger.fingerprints().length, tagger.weights().length,
                    (System.nanoTime() - t0) / 1e9);
        }
        return new Layers(full, clusters, taggers, NerModel.build(full, clusters, taggers, null));
    }

    private static String[] nameTypes() {
        String[] types = new String[NameClass.values().length];
        for (NameClass c : NameClass.values()) {
            types[c.ordinal()] = c.name();
        }
        return types;
    }

    /** The name tagger from name-tagger sequences; it reads new text as factRuEval text. */
    public TaggerWeights trainNames(List<PerceptronTrainer.Sequence> data) {
        long t0 = System.nanoTime();
        String[] types = nameTypes();
        TaggerWeights tagger = PerceptronTrainer.train(types, data,
                new PerceptronTrainer.Options(options.nameEpochs(), 1, options.seed() + 100, options.nameRuns(), FACTRU));
        log.printf(Locale.ROOT, "names: %d sequences, %d features, %d weights (%.0f s)%n", data.size(),
                tagger.fingerprints().length, tagger.weights().length, (System.nanoTime() - t0) / 1e9);
        return tagger;
    }

    /** Name-tagger sequences of factru texts, with the output of the mention layers as features. */
    public List<PerceptronTrainer.Sequence> factRuNameSequences(NerModel mentionModel, List<NerDocument> factRu) {
        EntityRecognizer recognizer = new EntityRecognizer(mentionModel);
        NerFeatures nf = new NerFeatures(mentionModel.gazetteer(), mentionModel.clusters());
        NerFeatures.Workspace ws = new NerFeatures.Workspace();
        String[] types = nameTypes();
        List<PerceptronTrainer.Sequence> data = new ArrayList<>();
        for (NerDocument d : factRu) {
            Analysis a = d.analysis();
            if (a.tokens().isEmpty()) {
                continue;
            }
            TaggedSpans tagged = recognizer.tag(a);
            FeatureBuffer base = nf.base(a, ws);
            FeatureBuffer buf = NerFeatures.concat(base, nf.spanFeatures(tagged.mentions(), NerFeatures.NAME_NAMESPACE, ws));
            List<TokenSpan> gold = new ArrayList<>();
            for (GoldSpan g : d.names()) {
                int[] r = tokenRange(a.tokens(), g.start(), g.end());
                if (r != null) {
                    gold.add(new TokenSpan(r[0], r[1], NameClass.valueOf(g.type()).ordinal(), -1, 1));
                }
            }
            for (Sentence s : NerFeatures.sentences(a)) {
                PerceptronTrainer.Sequence q = sequence(buf, s, gold, types, t -> NameClass.values()[t].name());
                data.add(new PerceptronTrainer.Sequence(q.features(), q.offsets(), q.gold(), null, FACTRU));
            }
        }
        return data;
    }

    /** A NEREL text tagged by mention layers that did not see it, with the features of its fold. */
    public record TaggedNerel(NerDocument document, List<TokenSpan> mentions, NerFeatures features) {
    }

    /**
     * NEREL texts tagged for the name tagger: each fold of texts by mention layers trained on the
     * other folds, so its mention features are as noisy as on new text.
     */
    public List<TaggedNerel> tagNerel(List<NerDocument> nerel, WordClusters clusters) {
        int folds = options.nameFolds();
        if (folds < 2) {
            return List.of();
        }
        TaggedNerel[] byPosition = new TaggedNerel[nerel.size()];
        for (int f = 0; f < folds; f++) {
            List<NerDocument> train = new ArrayList<>();
            for (int i = 0; i < nerel.size(); i++) {
                if (i % folds != f) {
                    train.add(nerel.get(i));
                }
            }
            NerModel model = trainLayers(train, clusters).model();
            EntityRecognizer recognizer = new EntityRecognizer(model);
            NerFeatures nf = new NerFeatures(model.gazetteer(), clusters);
            for (int i = f; i < nerel.size(); i += folds) {
                NerDocument d = nerel.get(i);
                byPosition[i] = new TaggedNerel(d, recognizer.tag(d.analysis()).mentions(), nf);
            }
            log.printf(Locale.ROOT, "NEREL fold %d of %d tagged for the name tagger%n", f + 1, folds);
        }
        // in corpus order, so the sequences do not depend on the fold layout
        List<TaggedNerel> out = new ArrayList<>();
        for (TaggedNerel t : byPosition) {
            if (!t.document().analysis().tokens().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Name-tagger sequences of tagged NEREL texts; the factRuEval labels are derived from NEREL's
     * mentions where the conventions agree and left open (a latent choice) where they differ.
     */
    public List<PerceptronTrainer.Sequence> nerelNameSequences(List<TaggedNerel> tagged) {
        NerFeatures.Workspace ws = new NerFeatures.Workspace();
        List<PerceptronTrainer.Sequence> data = new ArrayList<>();
        for (TaggedNerel t : tagged) {
            Analysis a = t.document().analysis();
            FeatureBuffer base = t.features().base(a, ws);
            FeatureBuffer buf = NerFeatures.concat(base,
                    t.features().spanFeatures(t.mentions(), NerFeatures.NAME_NAMESPACE, ws));
            long[] masks = NerelNameLabels.allowed(a.tokens(), goldSpans(a.tokens(), t.document().mentions()));
            for (Sentence s : NerFeatures.sentences(a)) {
                PerceptronTrainer.Sequence plain = sequence(buf, s, List.of(), nameTypes(), x -> "");
                long[] allowed = java.util.Arrays.copyOfRange(masks, s.firstToken(), s.endToken());
                data.add(new PerceptronTrainer.Sequence(plain.features(), plain.offsets(), plain.gold(), allowed, NEREL));
            }
        }
        return data;
    }

    /** Gold mentions as token spans (type = EntityType ordinal), snapped outward to tokens. */
    static List<TokenSpan> goldSpans(List<Token> tokens, List<GoldSpan> mentions) {
        List<TokenSpan> out = new ArrayList<>();
        for (GoldSpan g : mentions) {
            int[] r = tokenRange(tokens, g.start(), g.end());
            if (r != null) {
                out.add(new TokenSpan(r[0], r[1], EntityType.valueOf(g.type()).ordinal(), 0, 1));
            }
        }
        return out;
    }

    /** One sentence as a training sequence: its features and the BIO labels of the target spans inside it. */
    private static PerceptronTrainer.Sequence sequence(FeatureBuffer buf, Sentence s, List<TokenSpan> target,
                                                       String[] types, java.util.function.IntFunction<String> typeName) {
        int from = s.firstToken();
        int to = s.endToken();
        int n = to - from;
        int[] offsets = new int[n + 1];
        int total = buf.start(to) - buf.start(from);
        long[] feats = new long[total];
        for (int i = 0; i < n; i++) {
            offsets[i] = buf.start(from + i) - buf.start(from);
            for (int k = buf.start(from + i); k < buf.end(from + i); k++) {
                feats[k - buf.start(from)] = buf.get(k);
            }
        }
        offsets[n] = total;
        int[] gold = new int[n];
        for (TokenSpan span : target) {
            if (span.start() < from || span.end() > to) {
                continue;
            }
            int t = indexOf(types, typeName.apply(span.type()));
            if (t < 0) {
                continue;
            }
            boolean free = true;
            for (int i = span.start(); i < span.end(); i++) {
                free &= gold[i - from] == 0;
            }
            if (!free) {
                continue;
            }
            gold[span.start() - from] = SpanTagger.begin(t);
            for (int i = span.start() + 1; i < span.end(); i++) {
                gold[i - from] = SpanTagger.inside(t);
            }
        }
        return new PerceptronTrainer.Sequence(feats, offsets, gold);
    }

    private static int indexOf(String[] types, String type) {
        for (int i = 0; i < types.length; i++) {
            if (types[i].equals(type)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gold mentions as token spans grouped by nesting height (index 0 = height 1). Spans are snapped
     * outward to token boundaries; of spans over the same tokens the first (by type) is kept; a span
     * that crosses another of its layer is dropped.
     */
    static List<List<TokenSpan>> goldLayers(List<Token> tokens, List<GoldSpan> mentions, int maxLayers) {
        List<TokenSpan> spans = new ArrayList<>();
        for (GoldSpan g : mentions) {
            int[] r = tokenRange(tokens, g.start(), g.end());
            if (r == null) {
                continue;
            }
            boolean seen = false;
            for (TokenSpan s : spans) {
                seen |= s.start() == r[0] && s.end() == r[1];
            }
            if (!seen) {
                spans.add(new TokenSpan(r[0], r[1], EntityType.valueOf(g.type()).ordinal(), 0, 1));
            }
        }
        spans.sort(Comparator.comparingInt(TokenSpan::length).thenComparingInt(TokenSpan::start));
        int[] height = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int h = 1;
            for (int j = 0; j < i; j++) {
                if (spans.get(i).covers(spans.get(j)) && spans.get(j).length() < spans.get(i).length()) {
                    h = Math.max(h, height[j] + 1);
                }
            }
            height[i] = h;
        }
        List<List<TokenSpan>> layers = new ArrayList<>();
        for (int k = 0; k < maxLayers; k++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < spans.size(); i++) {
            if (height[i] <= maxLayers) {
                TokenSpan s = spans.get(i);
                layers.get(height[i] - 1).add(new TokenSpan(s.start(), s.end(), s.type(), height[i] - 1, 1));
            }
        }
        for (List<TokenSpan> layer : layers) {
            layer.sort(Comparator.comparingInt(TokenSpan::start).thenComparingInt(s -> -s.end()));
            List<TokenSpan> kept = new ArrayList<>();
            int lastEnd = -1;
            for (TokenSpan s : layer) {
                if (s.start() >= lastEnd) {
                    kept.add(s);
                    lastEnd = s.end();
                }
            }
            layer.clear();
            layer.addAll(kept);
        }
        while (!layers.isEmpty() && layers.get(layers.size() - 1).isEmpty()) {
            layers.remove(layers.size() - 1);
        }
        return layers;
    }

    /** Tokens overlapping characters {@code [start, end)}, as {start, end} token indices, or null. */
    static int[] tokenRange(List<Token> tokens, int start, int end) {
        org.faktograf.norm.MentionTokens span = org.faktograf.norm.MentionTokens.of(tokens, start, end);
        return span.isEmpty() ? null : new int[] {span.from(), span.to()};
    }
}
