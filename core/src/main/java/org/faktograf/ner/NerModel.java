package org.faktograf.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained entity model: the gazetteer and word clusters the features use, the layered
 * taggers for nested mentions (layer k finds mentions that contain mentions of layers below it;
 * types are {@link org.faktograf.model.EntityType} names), the name tagger that marks the
 * factRuEval-style name inside mentions (types are {@link NameClass} names), and one feature table
 * with the weights of them all. Stored as one gzip-compressed binary stream.
 */
public final class NerModel {
    private static final int MAGIC = 0x4E455234; // "NER4"
    private static final int VERSION = 5; // 5: weights stored as 16-bit multiples of a step

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final FeatureTable table;
    private final List<SpanTagger> layers;
    private final SpanTagger names;
    private final int columns;

    private NerModel(Gazetteer gazetteer, WordClusters clusters, FeatureTable table, List<SpanTagger> layers,
                     SpanTagger names) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.table = table;
        this.layers = List.copyOf(layers);
        this.names = names;
        int c = 0;
        for (SpanTagger t : layers) {
            c = Math.max(c, t.firstColumn() + t.labelCount());
        }
        if (names != null) {
            c = Math.max(c, names.firstColumn() + names.labelCount());
        }
        this.columns = c;
    }

    /** A model from trained weights; {@code names} may be null (a model of mention layers only). */
    public static NerModel build(Gazetteer gazetteer, WordClusters clusters, List<TaggerWeights> layers,
                                 TaggerWeights names) {
        return build(gazetteer, clusters, layers, names, 0f);
    }

    /** As {@link #build(Gazetteer, WordClusters, List, TaggerWeights)}, leaving out weights below {@code minWeight}. */
    public static NerModel build(Gazetteer gazetteer, WordClusters clusters, List<TaggerWeights> layers,
                                 TaggerWeights names, float minWeight) {
        List<TaggerWeights> all = new ArrayList<>(layers);
        if (names != null) {
            all.add(names);
        }
        int[] first = new int[all.size()];
        int c = 0;
        for (int i = 0; i < all.size(); i++) {
            first[i] = c;
            c += all.get(i).labelCount();
        }
        List<SpanTagger> taggers = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            taggers.add(new SpanTagger(layers.get(i).types(), layers.get(i).transitions(), first[i]));
        }
        SpanTagger nameTagger = names == null ? null
                : new SpanTagger(names.types(), names.transitions(), first[all.size() - 1]);
        return new NerModel(gazetteer, clusters, FeatureTable.merge(all, first, c, minWeight), taggers, nameTagger);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }

    public FeatureTable table() {
        return table;
    }

    public List<SpanTagger> layers() {
        return layers;
    }

    /** The name tagger, or null for a model without one. */
    public SpanTagger names() {
        return names;
    }

    /** Columns of the feature table: the labels of all taggers side by side. */
    public int columns() {
        return columns;
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(stream, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        gazetteer.write(out);
        clusters.write(out);
        table.write(out);
        out.writeInt(layers.size());
        for (SpanTagger t : layers) {
            t.write(out);
        }
        out.writeBoolean(names != null);
        if (names != null) {
            names.write(out);
        }
        out.flush();
        gz.finish();
    }

    public static NerModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an entity model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("entity model version " + version + ", expected " + VERSION);
        }
        Gazetteer gazetteer = Gazetteer.read(in);
        WordClusters clusters = WordClusters.read(in);
        FeatureTable table = FeatureTable.read(in);
        int n = in.readInt();
        SpanTagger[] layers = new SpanTagger[n];
        for (int i = 0; i < n; i++) {
            layers[i] = SpanTagger.read(in);
        }
        SpanTagger names = in.readBoolean() ? SpanTagger.read(in) : null;
        return new NerModel(gazetteer, clusters, table, List.of(layers), names);
    }

    /** The same model without weights smaller than {@code minAbs} in magnitude. */
    public NerModel pruned(float minAbs) {
        List<TaggerWeights> weights = layerWeights();
        TaggerWeights nameWeights = names == null ? null
                : table.extract(names.types(), names.firstColumn(), names.transitions());
        return build(gazetteer, clusters, weights, nameWeights, minAbs);
    }

    /** The weights of the mention layers, as training produced them (to train a new name tagger on top). */
    public List<TaggerWeights> layerWeights() {
        List<TaggerWeights> out = new ArrayList<>();
        for (SpanTagger t : layers) {
            out.add(table.extract(t.types(), t.firstColumn(), t.transitions()));
        }
        return out;
    }
}
