package org.faktograf.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained entity model: the gazetteer and word clusters the features use, the layered
 * taggers for nested mentions (layer k finds mentions that contain mentions of layers below it;
 * types are {@link org.faktograf.model.EntityType} names), and the name tagger that marks the
 * factRuEval-style name inside mentions (types are {@link NameClass} names). Stored as one
 * gzip-compressed binary stream.
 */
public final class NerModel {
    private static final int MAGIC = 0x4E455231; // "NER1"
    private static final int VERSION = 1;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final List<SpanTagger> layers;
    private final SpanTagger names;

    public NerModel(Gazetteer gazetteer, WordClusters clusters, List<SpanTagger> layers, SpanTagger names) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.layers = List.copyOf(layers);
        this.names = names;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }

    public List<SpanTagger> layers() {
        return layers;
    }

    /** The name tagger, or null for a model without one. */
    public SpanTagger names() {
        return names;
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(stream, 1 << 16);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        gazetteer.write(out);
        clusters.write(out);
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
        int n = in.readInt();
        SpanTagger[] layers = new SpanTagger[n];
        for (int i = 0; i < n; i++) {
            layers[i] = SpanTagger.read(in);
        }
        SpanTagger names = in.readBoolean() ? SpanTagger.read(in) : null;
        return new NerModel(gazetteer, clusters, List.of(layers), names);
    }
}
